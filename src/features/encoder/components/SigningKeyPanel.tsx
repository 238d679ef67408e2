import { useCallback, useId, useState } from 'react';
import { encodeSecretText, generateKey, RSA_MODULUS_BITS, type RsaModulusBits } from '../../../core/crypto/generate-key';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useT } from '../../../i18n/use-t';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { isHmac, isRsa } from '../algorithms';
import { useEncoderStore } from '../encoder-store';
import { useShortenedBox } from '../../../ui/use-shortened-box';
import { KeyExports } from './KeyExports';
import { CodeTextArea } from '../../../ui/CodeTextArea';

type GenerationNotice = { kind: 'secret'; bytes: number; switched: boolean } | { kind: 'pair' } | { kind: 'failed' } | null;

interface Props {
  /** What a verifier needs: the public key PEM, or the secret; empty when there is none. */
  verifierKey: string;
}

/** The signing key: typed, pasted or generated; its encoding; and what a verifier needs. */
export function SigningKeyPanel({ verifierKey }: Props) {
  const t = useT();
  const id = useId();
  const alg = useEncoderStore((state) => state.alg);
  const keyText = useEncoderStore((state) => state.keyText);
  const secretEncoding = useEncoderStore((state) => state.secretEncoding);
  const rsaBits = useEncoderStore((state) => state.rsaBits);
  const generated = useEncoderStore((state) => state.generated);
  const editKey = useEncoderStore((state) => state.editKey);
  const setSecretEncoding = useEncoderStore((state) => state.setSecretEncoding);
  const setRsaBits = useEncoderStore((state) => state.setRsaBits);
  const applyGeneratedKey = useEncoderStore((state) => state.applyGeneratedKey);
  const marker = useCallback((omitted: number) => t('encoder.omittedMarker', { count: omitted }), [t]);
  const { copy, box } = useShortenedBox(keyText, editKey, marker);
  const [generating, setGenerating] = useState(false);
  const [notice, setNotice] = useState<GenerationNotice>(null);
  const unsigned = alg === 'none';

  const generate = async () => {
    setGenerating(true);
    setNotice(null);
    const result = await generateKey(alg, { modulusBits: rsaBits });
    setGenerating(false);
    // The user may have chosen another algorithm while an RSA key was being made.
    if (useEncoderStore.getState().alg !== alg) return;
    if (!result.ok) {
      setNotice({ kind: 'failed' });
      return;
    }
    const key = result.key;
    if (key.kind === 'secret') {
      // Random bytes are not text: a UTF-8 choice would change them, so they are shown in base64url.
      const encoding = secretEncoding === 'utf8' ? 'base64url' : secretEncoding;
      applyGeneratedKey(key, encodeSecretText(key.bytes, encoding), encoding);
      setNotice({ kind: 'secret', bytes: key.bytes.length, switched: encoding !== secretEncoding });
    } else {
      applyGeneratedKey(key, key.privatePem, secretEncoding);
      setNotice({ kind: 'pair' });
    }
  };

  const chooseEncoding = (encoding: SecretEncoding) => {
    // A generated secret keeps its bytes: its text is rewritten in the new encoding.
    if (generated?.kind === 'secret' && encoding !== 'utf8') applyGeneratedKey(generated, encodeSecretText(generated.bytes, encoding), encoding);
    else setSecretEncoding(encoding);
  };

  return (
    <section className="pane signing-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pane-title-plain">
        {t('encoder.keyTitle')}
      </h2>
      <label htmlFor={id} className="field-label">
        {t('encoder.keyLabel')}
      </label>
      <CodeTextArea
        id={id}
        data-testid="encoder-key"
        className="key-textarea"
        {...box}
        disabled={unsigned}
        placeholder={unsigned ? t('encoder.keyNone') : isHmac(alg) ? t('encoder.keyPlaceholderSecret') : t('encoder.keyPlaceholderPrivate')}
        aria-describedby={copy.marker > 0 ? `${id}-large` : undefined}
      />
      {copy.marker > 0 && (
        <p id={`${id}-large`} className="pane-hint" data-testid="encoder-key-large">
          {t('encoder.largeText', { count: keyText.length })}
        </p>
      )}
      <div className="key-input-row">
        {/* Only an HMAC secret is text to be turned into bytes; private keys carry their own format. */}
        {isHmac(alg) && <SecretEncodingSelect value={secretEncoding} onChange={chooseEncoding} testId="encoder-secret-encoding" />}
        <div className="toolbar generate-toolbar">
          {isRsa(alg) && (
            <label className="setting">
              <span className="setting-label">{t('encoder.rsaBitsLabel')}</span>
              <select data-testid="encoder-rsa-bits" value={rsaBits} onChange={(event) => setRsaBits(Number(event.target.value) as RsaModulusBits)}>
                {RSA_MODULUS_BITS.map((bits) => (
                  <option key={bits} value={bits}>
                    {t('encoder.rsaBits', { bits })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="button button-small" data-testid="encoder-generate-key" disabled={unsigned || generating} onClick={() => void generate()}>
            {generating ? t('encoder.generating') : t('encoder.generate')}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {notice?.kind === 'secret' && (
          <p className="notice notice-info">
            {t('encoder.generatedSecret', { bytes: notice.bytes })} {notice.switched && t('encoder.encodingSwitched')}
          </p>
        )}
        {notice?.kind === 'pair' && <p className="notice notice-info">{t('encoder.generatedPair')}</p>}
        {notice?.kind === 'failed' && <p className="notice notice-warning">{t('encoder.generateFailed', { alg })}</p>}
      </div>
      <KeyExports verifierKey={verifierKey} secret={isHmac(alg)} />
    </section>
  );
}
