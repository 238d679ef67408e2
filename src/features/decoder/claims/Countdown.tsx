import { useCallback } from 'react';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { useLocale } from '../../../i18n/use-t';
import { formatCountdown } from '../../../i18n/format-time';
import { useEvaluationClock } from './use-evaluation-clock';

/**
 * A clock face counting down to `seconds`, once a second; nothing once the moment has passed. Only
 * this element re-renders on a tick, not its row or table.
 */
export function Countdown({ seconds, label }: { seconds: UnixSeconds; label: string }) {
  const locale = useLocale();
  const remaining = useEvaluationClock(useCallback((now: UnixSeconds) => Math.max(0, Math.ceil(seconds - now)), [seconds]));
  if (remaining === 0) return null;
  return (
    <span className="countdown">
      <span className="countdown-label">{label}</span>{' '}
      <span role="timer" className="countdown-clock" data-testid="claim-countdown">
        {formatCountdown(locale, remaining)}
      </span>
    </span>
  );
}
