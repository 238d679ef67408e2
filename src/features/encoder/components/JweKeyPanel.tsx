import { useId, useState } from 'react';
import { ECDH_CURVE_CHOICES, generateJweKey, type EcdhCurve } from '../../../core/crypto/generate-jwe-key';
import { familyOfJweAlgorithm } from '../../../core/crypto/jwe-algorithms';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useT } from '../../../i18n/use-t';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { useEncoderStore } from '../encoder-store';
import { generatedSecretText } from '../generated-secret-text';
import { KeyBox } from './KeyBox';
import { KeyExports } from './KeyExports';
import { RsaBitsSelect } from './RsaBitsSelect';
import { unchangedSince } from '../../../platform/unchanged-since';

type GenerationNotice = { kind: 'secret'; bytes: number } | { kind: 'password' } | { kind: 'pair' } | { kind: 'failed' } | null;

interface Props {
  /** The key that decrypts the token: the private PEM, the secret or the password; empty when this page does not know it. */
  decryptionKey: string;
}

/** The JWE key: the recipient's public key, or the shared secret or password; generated here, with what decrypts. */
export function JweKeyPanel({ decryptionKey }: Props) {
  const t = useT();
  const id = useId();
  const jweAlg = useEncoderStore((state) => state.jweAlg);
  const enc = useEncoderStore((state) => state.enc);
  const keyText = useEncoderStore((state) => state.jweKeyText);
  const secretEncoding = useEncoderStore((state) => state.jweSecretEncoding);
  const rsaBits = useEncoderStore((state) => state.rsaBits);
  const curve = useEncoderStore((state) => state.ecdhCurve);
  const generated = useEncoderStore((state) => state.jweGenerated);
  const editKey = useEncoderStore((state) => state.editJweKey);
  const setSecretEncoding = useEncoderStore((state) => state.setJweSecretEncoding);
  const setCurve = useEncoderStore((state) => state.setEcdhCurve);
  const applyGenerated = useEncoderStore((state) => state.applyGeneratedJweKey);
  const [generating, setGenerating] = useState(false);
  const [notice, setNotice] = useState<GenerationNotice>(null);
  const family = familyOfJweAlgorithm(jweAlg);
  const shared = family === 'symmetric' || family === 'password';

  const generate = async () => {
    setGenerating(true);
    setNotice(null);
    // The user may choose another algorithm (or, for dir, another enc), or type or paste a key, while
    // an RSA key is being made.
    const stillWanted = unchangedSince(useEncoderStore, ['jweAlg', 'enc', 'jweKeyText']);
    const result = await generateJweKey(jweAlg, enc, { modulusBits: rsaBits, curve });
    setGenerating(false);
    if (!stillWanted()) return;
    if (!result.ok) {
      setNotice({ kind: 'failed' });
      return;
    }
    const key = result.key;
    if (key.kind === 'password') {
      applyGenerated(key, key.password, 'utf8');
      setNotice({ kind: 'password' });
    } else if (key.kind === 'secret') {
      const { text, encoding } = generatedSecretText(key.bytes, secretEncoding);
      applyGenerated(key, text, encoding);
      setNotice({ kind: 'secret', bytes: key.bytes.length });
    } else {
      applyGenerated(key, key.publicPem, secretEncoding);
      setNotice({ kind: 'pair' });
    }
  };

  const chooseEncoding = (encoding: SecretEncoding) => {
    // A generated key keeps its bytes: its text is rewritten in the new encoding.
    if (generated?.kind === 'secret' && encoding !== 'utf8') applyGenerated(generated, generatedSecretText(generated.bytes, encoding).text, encoding);
    else setSecretEncoding(encoding);
  };

  const hint = decryptionKey === '' ? t(shared ? 'encoder.jwe.decryptionKeyEmpty' : 'encoder.jwe.decryptionKeyUnknown') : t(`encoder.jwe.decryptionKeyHint.${family}`);

  return (
    <section className="pane signing-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pane-title-plain">
        {t('encoder.jwe.keyTitle')}
      </h2>
      <KeyBox id={id} keyText={keyText} onEdit={editKey} testIdPrefix="encoder" placeholder={t(`encoder.jwe.keyPlaceholder.${family}`)} />
      <div className="key-input-row">
        {shared && <SecretEncodingSelect value={secretEncoding} onChange={chooseEncoding} testId="encoder-secret-encoding" />}
        <div className="toolbar generate-toolbar">
          {family === 'rsa' && <RsaBitsSelect testId="encoder-rsa-bits" />}
          {family === 'ecdh' && (
            <label className="setting">
              <span className="setting-label">{t('encoder.jwe.curveLabel')}</span>
              <select data-testid="encoder-curve" value={curve} onChange={(event) => setCurve(event.target.value as EcdhCurve)}>
                {ECDH_CURVE_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" className="button button-small" data-testid="encoder-generate-key" disabled={generating} onClick={() => void generate()}>
            {generating ? t('encoder.generating') : t('encoder.generate')}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {notice !== null && (
          <p className={notice.kind === 'failed' ? 'notice notice-warning' : 'notice notice-info'}>
            {notice.kind === 'secret' ? t('encoder.jwe.generatedSecret', { bytes: notice.bytes }) : notice.kind === 'failed' ? t('encoder.generateFailed', { alg: jweAlg }) : t(`encoder.jwe.generated.${notice.kind}`)}
          </p>
        )}
      </div>
      <KeyExports
        shownKey={decryptionKey}
        keyTestId="encoder-decryption-key"
        testIdPrefix="encoder"
        title={t('encoder.jwe.decryptionKeyTitle')}
        hint={hint}
        fileName={family === 'rsa' || family === 'ecdh' ? 'private.pem' : 'secret.txt'}
        generated={generated?.kind === 'password' ? null : generated}
      />
    </section>
  );
}
