import { useId, useState } from 'react';
import { generateKey } from '../../../core/crypto/generate-key';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useT } from '../../../i18n/use-t';
import { SecretEncodingSelect } from '../../../widgets/SecretEncodingSelect';
import { isHmac, isRsa } from '../algorithms';
import { useEncoderStore } from '../encoder-store';
import { generatedSecretText } from '../generated-secret-text';
import { KeyBox } from './KeyBox';
import { KeyExports } from './KeyExports';
import { RsaBitsSelect } from './RsaBitsSelect';
import { unchangedSince } from '../../../platform/unchanged-since';

type GenerationNotice = { kind: 'secret'; bytes: number; switched: boolean } | { kind: 'pair' } | { kind: 'failed' } | null;

interface Props {
  /** What a verifier needs: the public key PEM, or the secret; empty when there is none. */
  verifierKey: string;
  /** The prefix of every `data-testid` here: `encoder` for a JWS, `encoder-signing` for the inner JWS of a nested JWE. */
  testIdPrefix?: string;
  /** The pane's title; the JWS signing key's when not given. */
  title?: string;
}

/** The signing key: typed, pasted or generated; its encoding; and what a verifier needs. */
export function SigningKeyPanel({ verifierKey, testIdPrefix = 'encoder', title }: Props) {
  const t = useT();
  const id = useId();
  const alg = useEncoderStore((state) => state.alg);
  const keyText = useEncoderStore((state) => state.keyText);
  const secretEncoding = useEncoderStore((state) => state.secretEncoding);
  const rsaBits = useEncoderStore((state) => state.rsaBits);
  const generated = useEncoderStore((state) => state.generated);
  const editKey = useEncoderStore((state) => state.editKey);
  const setSecretEncoding = useEncoderStore((state) => state.setSecretEncoding);
  const applyGeneratedKey = useEncoderStore((state) => state.applyGeneratedKey);
  const [generating, setGenerating] = useState(false);
  const [notice, setNotice] = useState<GenerationNotice>(null);
  const unsigned = alg === 'none';

  const generate = async () => {
    setGenerating(true);
    setNotice(null);
    // The user may choose another algorithm, or type or paste a key, while an RSA key is being made.
    const stillWanted = unchangedSince(useEncoderStore, ['alg', 'keyText']);
    const result = await generateKey(alg, { modulusBits: rsaBits });
    setGenerating(false);
    if (!stillWanted()) return;
    if (!result.ok) {
      setNotice({ kind: 'failed' });
      return;
    }
    const key = result.key;
    if (key.kind === 'secret') {
      const { text, encoding } = generatedSecretText(key.bytes, secretEncoding);
      applyGeneratedKey(key, text, encoding);
      setNotice({ kind: 'secret', bytes: key.bytes.length, switched: encoding !== secretEncoding });
    } else {
      applyGeneratedKey(key, key.privatePem, secretEncoding);
      setNotice({ kind: 'pair' });
    }
  };

  const chooseEncoding = (encoding: SecretEncoding) => {
    // A generated secret keeps its bytes: its text is rewritten in the new encoding.
    if (generated?.kind === 'secret' && encoding !== 'utf8') applyGeneratedKey(generated, generatedSecretText(generated.bytes, encoding).text, encoding);
    else setSecretEncoding(encoding);
  };

  return (
    <section className="pane signing-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="pane-title-plain">
        {title ?? t('encoder.keyTitle')}
      </h2>
      <KeyBox
        id={id}
        keyText={keyText}
        onEdit={editKey}
        testIdPrefix={testIdPrefix}
        disabled={unsigned}
        placeholder={unsigned ? t('encoder.keyNone') : isHmac(alg) ? t('encoder.keyPlaceholderSecret') : t('encoder.keyPlaceholderPrivate')}
      />
      <div className="key-input-row">
        {/* Only an HMAC secret is text to be turned into bytes; private keys carry their own format. */}
        {isHmac(alg) && <SecretEncodingSelect value={secretEncoding} onChange={chooseEncoding} testId={`${testIdPrefix}-secret-encoding`} />}
        <div className="toolbar generate-toolbar">
          {isRsa(alg) && <RsaBitsSelect testId={`${testIdPrefix}-rsa-bits`} />}
          <button type="button" className="button button-small" data-testid={`${testIdPrefix}-generate-key`} disabled={unsigned || generating} onClick={() => void generate()}>
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
      <KeyExports
        shownKey={verifierKey}
        keyTestId={`${testIdPrefix}-public-key`}
        testIdPrefix={testIdPrefix}
        title={t('encoder.verifierKeyTitle')}
        hint={verifierKey === '' ? t('encoder.verifierKeyEmpty') : isHmac(alg) ? t('encoder.verifierKeySecret') : t('encoder.verifierKeyPublic')}
        fileName={isHmac(alg) ? 'secret.txt' : 'public.pem'}
        generated={generated}
      />
    </section>
  );
}
