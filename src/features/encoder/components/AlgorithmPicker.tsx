import { useId, type ReactNode } from 'react';
import { useT } from '../../../i18n/use-t';
import { ALGORITHM_GROUPS, isEncoderAlgorithm } from '../algorithms';
import { useEncoderStore } from '../encoder-store';

/**
 * The algorithm select (kept in step with the header's `alg`) and, for `none`, the loud confirmation.
 * `testIdPrefix` is `encoder` for a JWS and `encoder-signing` for the inner JWS of a nested JWE.
 */
export function AlgorithmPicker({ testIdPrefix = 'encoder', label, leading }: { testIdPrefix?: string; label?: string; leading?: ReactNode }) {
  const t = useT();
  const id = useId();
  const alg = useEncoderStore((state) => state.alg);
  const chooseAlg = useEncoderStore((state) => state.chooseAlg);
  const noneConfirmed = useEncoderStore((state) => state.noneConfirmed);
  const confirmNone = useEncoderStore((state) => state.confirmNone);
  return (
    <div className="alg-picker">
      {leading}
      <label className="setting" htmlFor={id}>
        <span className="field-label-inline">{label ?? t('encoder.algLabel')}</span>
        <select
          id={id}
          data-testid={`${testIdPrefix}-alg`}
          value={alg}
          onChange={(event) => {
            const chosen = event.target.value;
            if (isEncoderAlgorithm(chosen)) chooseAlg(chosen);
          }}
        >
          {ALGORITHM_GROUPS.map(([group, algorithms]) => (
            <optgroup key={group} label={t(`encoder.algGroup.${group}`)}>
              {algorithms.map((option) => (
                <option key={option} value={option}>
                  {option === 'none' ? t('encoder.algNone') : option}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {alg === 'none' && (
        <div className="none-warning" role="alert" data-testid={`${testIdPrefix}-none-warning`}>
          <p className="none-warning-title">{t('encoder.none.title')}</p>
          <p>{t('encoder.none.warning')}</p>
          <label className="none-confirm">
            <input
              type="checkbox"
              data-testid={`${testIdPrefix}-none-confirm`}
              checked={noneConfirmed}
              onChange={(event) => confirmNone(event.target.checked)}
            />{' '}
            {t('encoder.none.confirm')}
          </label>
        </div>
      )}
    </div>
  );
}
