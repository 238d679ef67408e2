import { useCallback, useMemo } from 'react';
import { evaluateTimeWindow, readTimeClaims } from '../../../core/claims/evaluate-time-window';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { JsonObject } from '../../../core/json/json-value';
import { useT } from '../../../i18n/use-t';
import { shallowEqual } from '../../../platform/use-now';
import { useTimeStore } from '../page/time-store';
import { STATUS_LABEL_KEYS, STATUS_TEXT_KEYS } from './claim-messages';
import { TimeControls } from './TimeControls';
import { useEvaluationClock } from './use-evaluation-clock';
import './claims.css';

/**
 * The validity window (`time-status`) at the evaluation time, with the leeway and "evaluate at"
 * controls. It listens to the clock every second but re-renders only when what it says changes,
 * e.g. when the token expires while on screen.
 */
export function TimeStatus({ payload }: { payload: JsonObject }) {
  const t = useT();
  const leewaySeconds = useTimeStore((state) => state.leewaySeconds);
  const pinned = useTimeStore((state) => state.pinnedSeconds !== null);
  const unreadable = useMemo(() => readTimeClaims(payload).unreadable, [payload]);
  const judgement = useEvaluationClock(
    useCallback(
      (nowSeconds: UnixSeconds) => {
        const { status, savedByLeeway, issuedInFuture, emptyWindow } = evaluateTimeWindow(payload, { nowSeconds, leewaySeconds });
        return { status, savedByLeeway, issuedInFuture, emptyWindow };
      },
      [payload, leewaySeconds],
    ),
    shallowEqual,
  );
  return (
    <section className={`time-status time-status-${judgement.status}`} data-testid="time-status" data-status={judgement.status} aria-label={t('claims.status.label')}>
      <p className="time-status-line" role="status">
        <strong className="time-status-badge">{t(STATUS_LABEL_KEYS[judgement.status])}</strong>
        <span className="visually-hidden">:</span>{' '}
        {t(STATUS_TEXT_KEYS[judgement.status], { pinned: pinned ? 'yes' : 'no' })}
        {judgement.savedByLeeway && ` ${t('claims.status.savedByLeeway')}`}
      </p>
      {(judgement.issuedInFuture || judgement.emptyWindow || unreadable.length > 0) && (
        <ul className="time-status-notes">
          {judgement.issuedInFuture && <li>{t('claims.status.issuedInFuture')}</li>}
          {judgement.emptyWindow && <li>{t('claims.status.emptyWindow')}</li>}
          {unreadable.map(({ claim }) => (
            <li key={claim}>{t('claims.status.unreadable', { claim })}</li>
          ))}
        </ul>
      )}
      <TimeControls />
    </section>
  );
}
