import type { EncryptResult } from '../../../core/crypto/encrypt-jwe';
import type { GeneratedJweKey } from '../../../core/crypto/generate-jwe-key';
import { familyOfJweAlgorithm } from '../../../core/crypto/jwe-algorithms';
import { useCatalogueArea, useLocale, useT } from '../../../i18n/use-t';
import { useDocumentTitle } from '../../../platform/use-document-title';
import { isHmac } from '../algorithms';
import { AttackPanel } from '../attack/AttackPanel';
import { useAttackToken } from '../attack/use-attack-token';
import { describeEncryptError, describeEncryptWarning } from '../describe-encrypt-error';
import { describeSignError, describeSignWarning } from '../describe-sign-error';
import { useEncoderStore } from '../encoder-store';
import { toTokenView } from '../token-view';
import { useEncryptedToken } from '../use-encrypted-token';
import { useEncoderHandoff } from '../use-handoff';
import { usePublicKey } from '../use-public-key';
import { useSignedToken } from '../use-signed-token';
import { AlgorithmPicker } from './AlgorithmPicker';
import { ClaimHelpers } from './ClaimHelpers';
import { JsonEditor } from './JsonEditor';
import { JweAlgorithmPicker } from './JweAlgorithmPicker';
import { JweKeyPanel } from './JweKeyPanel';
import { ModePicker } from './ModePicker';
import { SigningKeyPanel } from './SigningKeyPanel';
import { TokenOutput } from './TokenOutput';
import '../encoder.css';

/** The encoder view (`#/encode`): edit header and payload, choose an algorithm and a key, get a signed or encrypted token. */
export function EncoderPage() {
  // Key errors and notes reuse the verifier's texts, and "Add a claim" the glossary's titles.
  const ready = useCatalogueArea('encoder');
  const detailsReady = useCatalogueArea('verify-details');
  const glossaryReady = useCatalogueArea('glossary');
  useEncoderHandoff();
  return ready && detailsReady && glossaryReady ? <EncoderView /> : <div className="encoder" aria-busy="true" />;
}

/**
 * The key that decrypts: a generated pair's private key, the shared secret or password as typed, or
 * a pasted private key (whose public half encrypted); '' when only the recipient has it.
 */
function decryptionKeyOf(jweAlg: string, keyText: string, generated: GeneratedJweKey | null, result: EncryptResult | null): string {
  if (generated?.kind === 'key-pair') return generated.privatePem;
  const family = familyOfJweAlgorithm(jweAlg);
  if (family === 'symmetric' || family === 'password') return keyText;
  return result?.ok === true && result.warnings.some((warning) => warning.code === 'key-private') ? keyText : '';
}

function EncoderView() {
  const t = useT();
  const locale = useLocale();
  const headerText = useEncoderStore((state) => state.headerText);
  const payloadText = useEncoderStore((state) => state.payloadText);
  const alg = useEncoderStore((state) => state.alg);
  const keyText = useEncoderStore((state) => state.keyText);
  const secretEncoding = useEncoderStore((state) => state.secretEncoding);
  const noneConfirmed = useEncoderStore((state) => state.noneConfirmed);
  const generated = useEncoderStore((state) => state.generated);
  const mode = useEncoderStore((state) => state.mode);
  const jweHeaderText = useEncoderStore((state) => state.jweHeaderText);
  const jweAlg = useEncoderStore((state) => state.jweAlg);
  const enc = useEncoderStore((state) => state.enc);
  const nest = useEncoderStore((state) => state.nest);
  const jweKeyText = useEncoderStore((state) => state.jweKeyText);
  const jweSecretEncoding = useEncoderStore((state) => state.jweSecretEncoding);
  const jweGenerated = useEncoderStore((state) => state.jweGenerated);
  const editHeader = useEncoderStore((state) => state.editHeader);
  const editPayload = useEncoderStore((state) => state.editPayload);
  const jwe = mode === 'jwe';
  const title = jwe ? t('encoder.titleJwe') : t('encoder.title');
  useDocumentTitle(t('app.documentTitle', { view: title }));

  const signInput = { headerJson: headerText, alg, key: keyText, secretEncoding, allowNone: noneConfirmed };
  const signing = useSignedToken({ ...signInput, payloadJson: payloadText }, !jwe);
  const encryption = useEncryptedToken(
    { headerJson: jweHeaderText, payloadJson: payloadText, alg: jweAlg, enc, key: jweKeyText, secretEncoding: jweSecretEncoding, ...(nest ? { sign: signInput } : {}) },
    jwe,
  );
  const secret = isHmac(alg);
  const signs = !jwe || nest;
  const derivedPublicKey = usePublicKey(keyText, !signs || secret || alg === 'none' || generated?.kind === 'key-pair');
  const verifierKey = alg === 'none' ? '' : secret ? keyText : generated?.kind === 'key-pair' ? generated.publicPem : (derivedPublicKey ?? '');
  const decryptionKey = decryptionKeyOf(jweAlg, jweKeyText, jweGenerated, encryption.result);
  const texts = { header: jwe ? jweHeaderText : headerText, payload: payloadText };
  const attack = useAttackToken({ headerJson: headerText, payloadJson: payloadText, keyText, signedToken: signing.result?.ok === true ? signing.result.token : '' }, !jwe);
  const view = attack.active
    ? attack.view
    : jwe
    ? toTokenView(encryption, (error) => describeEncryptError(error, t, locale, texts), (warning) => describeEncryptWarning(warning, t, locale))
    : toTokenView(signing, (error) => describeSignError(error, t, locale, texts), (warning) => describeSignWarning(warning, t, locale), (warning) => warning.code === 'unsigned');

  return (
    <div className="encoder">
      <div className="view-header">
        <h1>{title}</h1>
        <p className="view-intro">{jwe ? t('encoder.introJwe') : t('encoder.intro')}</p>
      </div>
      <div className="encoder-grid">
        <div className="encoder-inputs">
          {jwe ? <JweAlgorithmPicker leading={<ModePicker />} /> : <AlgorithmPicker leading={<ModePicker />} />}
          {jwe && nest && <AlgorithmPicker testIdPrefix="encoder-signing" label={t('encoder.jwe.innerAlgLabel')} />}
          <JsonEditor label={t('encoder.headerLabel')} value={jwe ? jweHeaderText : headerText} onChange={editHeader} testId="encoder-header" />
          <JsonEditor label={t('encoder.payloadLabel')} value={payloadText} onChange={editPayload} testId="encoder-payload">
            <ClaimHelpers />
          </JsonEditor>
        </div>
        <div className="encoder-outputs">
          <TokenOutput
            view={view}
            title={jwe ? t('encoder.jwe.tokenTitle') : attack.active ? t('encoder.attack.tokenTitle') : t('encoder.tokenTitle')}
            busyLabel={jwe ? t('encoder.jwe.encrypting') : t('encoder.signing')}
            handoffKey={jwe ? decryptionKey : attack.active ? attack.verifierKey : verifierKey}
            handoffEncoding={jwe ? jweSecretEncoding : attack.active ? 'utf8' : secretEncoding}
          />
          {!jwe && <AttackPanel attack={attack.attack} />}
          {jwe ? <JweKeyPanel decryptionKey={decryptionKey} /> : <SigningKeyPanel verifierKey={verifierKey} />}
          {jwe && nest && <SigningKeyPanel verifierKey={verifierKey} testIdPrefix="encoder-signing" title={t('encoder.jwe.innerKeyTitle')} />}
        </div>
      </div>
    </div>
  );
}
