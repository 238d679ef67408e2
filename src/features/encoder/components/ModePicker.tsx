import { useId } from 'react';
import { useT } from '../../../i18n/use-t';
import { ENCODER_MODES, type EncoderMode } from '../algorithms';
import { useEncoderStore } from '../encoder-store';

/** Sign (JWS) or encrypt (JWE): `encoder-mode`. Each mode keeps its own header and key. */
export function ModePicker() {
  const t = useT();
  const id = useId();
  const mode = useEncoderStore((state) => state.mode);
  const setMode = useEncoderStore((state) => state.setMode);
  return (
    <label className="setting mode-picker" htmlFor={id}>
      <span className="field-label-inline">{t('encoder.modeLabel')}</span>
      <select id={id} data-testid="encoder-mode" value={mode} onChange={(event) => setMode(event.target.value as EncoderMode)}>
        {ENCODER_MODES.map((option) => (
          <option key={option} value={option}>
            {t(`encoder.mode.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
