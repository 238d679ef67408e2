import { useCallback } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatRelative } from '../../../i18n/format-time';
import { useEvaluationClock } from './use-evaluation-clock';

/** "in 4 min 12 sec" or "3 days ago" from the evaluation time; re-renders only when that text changes. */
export function RelativeTime({ seconds }: { seconds: UnixSeconds }) {
  const t = useT();
  const locale = useLocale();
  const text = useEvaluationClock(useCallback((now: UnixSeconds) => formatRelative(t, locale, seconds - now), [t, locale, seconds]));
  return <span className="relative-time">{text}</span>;
}
