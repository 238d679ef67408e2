import { useCallback, useMemo } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDateTime, formatRelative } from '../../../i18n/format-time';
import { useEvaluationClock } from '../claims/use-evaluation-clock';
import { useTimeStore } from '../page/time-store';

/**
 * A time claim's date and relative time, drawn after its value by CSS from `data-note`: the pane's
 * text stays the JSON (copy, find and its text content), and the claims table says it in words.
 */
export function JsonTimeNote({ seconds }: { seconds: UnixSeconds }) {
  const t = useT();
  const locale = useLocale();
  const zone = useTimeStore((state) => state.timeZone);
  const date = useMemo(() => formatDateTime(locale, seconds, zone), [locale, seconds, zone]);
  const relative = useEvaluationClock(useCallback((now: UnixSeconds) => formatRelative(t, locale, seconds - now), [t, locale, seconds]));
  return <span className="json-time-note" data-testid="json-time-note" data-note={t('pane.timeNote', { date, relative })} aria-hidden="true" />;
}
