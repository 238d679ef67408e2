import { useCallback } from 'react';
import { measureLifetime, type TimeClaims } from '../../../core/claims/evaluate-time-window';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatDuration } from '../../../i18n/format-time';
import { useEvaluationClock } from './use-evaluation-clock';

const STEPS = 1000;

/** How much of the token's life, from `nbf` (or `iat`) to `exp`, has passed; redrawn in 0.1 % steps. */
export function LifetimeBar({ bounds }: { bounds: Pick<TimeClaims, 'expiresAt' | 'notBefore' | 'issuedAt'> }) {
  const t = useT();
  const locale = useLocale();
  const steps = useEvaluationClock(
    useCallback((now: UnixSeconds) => {
      const fraction = measureLifetime(bounds, now);
      return fraction === null ? null : Math.round(fraction * STEPS);
    }, [bounds]),
  );
  const start = bounds.notBefore ?? bounds.issuedAt;
  if (steps === null || start === null || bounds.expiresAt === null) return null;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(steps / STEPS);
  const text = t('claims.time.lifetime', { percent, total: formatDuration(locale, bounds.expiresAt - start) });
  return (
    <span className="lifetime">
      <span
        className="lifetime-bar"
        role="meter"
        aria-label={t('claims.time.lifetimeLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={steps / 10}
        aria-valuetext={text}
      >
        <span className="lifetime-fill" style={{ inlineSize: `${steps / 10}%` }} />
      </span>
      <span className="lifetime-text">{text}</span>
    </span>
  );
}
