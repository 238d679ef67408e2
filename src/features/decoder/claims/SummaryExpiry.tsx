import { useCallback } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatRelative } from '../../../i18n/format-time';
import { useEvaluationClock } from './use-evaluation-clock';

/** "expires in 4 min 12 sec" or "expired 3 days ago"; re-renders only when the words change. */
export function SummaryExpiry({ seconds }: { seconds: UnixSeconds }) {
  const t = useT();
  const locale = useLocale();
  const text = useEvaluationClock(
    useCallback(
      (now: UnixSeconds) => {
        const relative = formatRelative(t, locale, seconds - now);
        return seconds > now ? t('claims.summary.expires', { relative }) : t('claims.summary.expired', { relative });
      },
      [t, locale, seconds],
    ),
  );
  return <span className="summary-expiry">{text}</span>;
}
