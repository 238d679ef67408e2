import { RSA_MODULUS_BITS, type RsaModulusBits } from '../../../core/crypto/generate-key';
import { useT } from '../../../i18n/use-t';
import { useEncoderStore } from '../encoder-store';

/** The RSA size a generated key gets (one choice for signing and encryption keys). */
export function RsaBitsSelect({ testId }: { testId: string }) {
  const t = useT();
  const rsaBits = useEncoderStore((state) => state.rsaBits);
  const setRsaBits = useEncoderStore((state) => state.setRsaBits);
  return (
    <label className="setting">
      <span className="setting-label">{t('encoder.rsaBitsLabel')}</span>
      <select data-testid={testId} value={rsaBits} onChange={(event) => setRsaBits(Number(event.target.value) as RsaModulusBits)}>
        {RSA_MODULUS_BITS.map((bits) => (
          <option key={bits} value={bits}>
            {t('encoder.rsaBits', { bits })}
          </option>
        ))}
      </select>
    </label>
  );
}
