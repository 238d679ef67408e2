import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useTimeStore } from '../page/time-store';
import { fromDateTimeInputValue, toDateTimeInputValue } from '../../../i18n/format-time';

/** The leeway and the "evaluate at" moment; an empty moment (or "Now") follows the current time. */
export function TimeControls() {
  const t = useT();
  const leewayId = useId();
  const evaluateId = useId();
  const hintId = useId();
  const leewaySeconds = useTimeStore((state) => state.leewaySeconds);
  const pinnedSeconds = useTimeStore((state) => state.pinnedSeconds);
  const zone = useTimeStore((state) => state.timeZone);
  const { setLeeway, evaluateAt, followNow } = useTimeStore.getState();
  // The text as typed, so clearing the box does not snap back to "0" mid-edit; only this box sets the leeway.
  const [leewayText, setLeewayText] = useState(String(leewaySeconds));

  return (
    <div className="time-controls">
      <label className="time-control" htmlFor={leewayId}>
        <span className="time-control-label">{t('claims.controls.leeway')}</span>
        <input
          id={leewayId}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={leewayText}
          aria-describedby={hintId}
          data-testid="leeway-input"
          onChange={(event) => {
            setLeewayText(event.target.value);
            const seconds = Number(event.target.value);
            setLeeway(event.target.value.trim() === '' || !Number.isFinite(seconds) ? 0 : seconds);
          }}
        />
      </label>
      <label className="time-control" htmlFor={evaluateId}>
        <span className="time-control-label">{t('claims.controls.evaluateAt')}</span>
        <input
          id={evaluateId}
          type="datetime-local"
          step={1}
          value={pinnedSeconds === null ? '' : toDateTimeInputValue(pinnedSeconds, zone)}
          data-testid="evaluate-at-input"
          onChange={(event) => {
            const seconds = fromDateTimeInputValue(event.target.value, zone);
            if (seconds === null) followNow();
            else evaluateAt(seconds);
          }}
        />
      </label>
      <button
        type="button"
        className="button button-small"
        disabled={pinnedSeconds === null}
        aria-label={t('claims.controls.followNowLabel')}
        data-testid="evaluate-now-button"
        onClick={followNow}
      >
        {t('claims.controls.now')}
      </button>
      <p id={hintId} className="time-controls-hint">
        {t('claims.controls.leewayHint')} {pinnedSeconds === null ? t('claims.controls.live') : t('claims.controls.pinned')}
      </p>
    </div>
  );
}
