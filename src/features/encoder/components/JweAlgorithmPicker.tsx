import { useId, type ReactNode } from 'react';
import { JWE_CONTENT_ENCRYPTION_ALGORITHMS, UNAVAILABLE_JWE_ALGORITHMS, usesAes192 } from '../../../core/crypto/jwe-algorithms';
import { useT } from '../../../i18n/use-t';
import { isJweAlgorithm, isJweEncryption, JWE_ALGORITHM_GROUPS } from '../algorithms';
import { useEncoderStore } from '../encoder-store';
import { useAes192 } from '../use-aes-192';

/**
 * The JWE choices: key management (`encoder-alg`) and content encryption (`encoder-enc`), kept in
 * step with the header, and sign-then-encrypt (`encoder-nest`). What this browser cannot run is marked.
 */
export function JweAlgorithmPicker({ leading }: { leading?: ReactNode }) {
  const t = useT();
  const id = useId();
  const jweAlg = useEncoderStore((state) => state.jweAlg);
  const enc = useEncoderStore((state) => state.enc);
  const nest = useEncoderStore((state) => state.nest);
  const chooseJweAlg = useEncoderStore((state) => state.chooseJweAlg);
  const chooseEnc = useEncoderStore((state) => state.chooseEnc);
  const setNest = useEncoderStore((state) => state.setNest);
  const aes192 = useAes192();
  const optionLabel = (name: string, needsAes192: boolean) => (needsAes192 && !aes192 ? t('encoder.jwe.unavailableOption', { name }) : name);

  return (
    <div className="alg-picker jwe-picker">
      {leading}
      <label className="setting" htmlFor={`${id}-alg`}>
        <span className="field-label-inline">{t('encoder.jwe.algLabel')}</span>
        <select
          id={`${id}-alg`}
          data-testid="encoder-alg"
          value={jweAlg}
          onChange={(event) => {
            if (isJweAlgorithm(event.target.value)) chooseJweAlg(event.target.value);
          }}
        >
          {JWE_ALGORITHM_GROUPS.map(([group, algorithms]) => (
            <optgroup key={group} label={t(`encoder.jweAlgGroup.${group}`)}>
              {algorithms.map((option) => (
                <option key={option} value={option}>
                  {optionLabel(option, usesAes192(option, ''))}
                </option>
              ))}
            </optgroup>
          ))}
          <optgroup label={t('encoder.jweAlgGroup.refused')}>
            {[...UNAVAILABLE_JWE_ALGORITHMS].map((option) => (
              <option key={option} value={option} disabled>
                {t('encoder.jwe.refusedOption', { name: option })}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label className="setting" htmlFor={`${id}-enc`}>
        <span className="field-label-inline">{t('encoder.jwe.encLabel')}</span>
        <select
          id={`${id}-enc`}
          data-testid="encoder-enc"
          value={enc}
          onChange={(event) => {
            if (isJweEncryption(event.target.value)) chooseEnc(event.target.value);
          }}
        >
          {JWE_CONTENT_ENCRYPTION_ALGORITHMS.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option, usesAes192('', option))}
            </option>
          ))}
        </select>
      </label>
      <label className="nest-toggle">
        <input type="checkbox" data-testid="encoder-nest" checked={nest} onChange={(event) => setNest(event.target.checked)} />
        {t('encoder.jwe.nest')}
      </label>
      {nest && <p className="pane-hint">{t('encoder.jwe.nestHint')}</p>}
    </div>
  );
}
