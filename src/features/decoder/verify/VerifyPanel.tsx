import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useDecryptionVerdict, useKeyVerdictState, useTokenReportState } from '../page/decoder-context';
import { useDecoderStore } from '../page/decoder-store';
import { useDecryptT } from '../decrypt/decrypt-texts';
import { KeyInput } from './KeyInput';
import { VerifyStatus } from './VerifyStatus';

// What a pasted key is (type, size, thumbprint, usable algorithms) is shown only once there is one:
// its view loads then, beside the verifier, outside the first-load bundle.
const keyDetailsViewCode = createModuleLoader(() => import('./KeyDetailsView'));
// The verdict on a decryption, with its password-based controls: loaded once a JWE is shown, with its texts.
const decryptStatusCode = createModuleLoader(() => import('./DecryptStatus'));

/**
 * Key input and the verdict on the signature, or for a JWE the decryption's. Shown for every token;
 * it says when one cannot be checked.
 */
export function VerifyPanel() {
  const t = useT();
  const td = useDecryptT();
  const { report } = useTokenReportState();
  const { verification, verifiedCleaned, keyDetails } = useKeyVerdictState();
  const decryption = useDecryptionVerdict();
  const hasKey = useDecoderStore((state) => state.keyText.trim() !== '');
  const verifyCleaned = useDecoderStore((state) => state.verifyCleaned);
  const decoded = report?.decoded ?? null;
  const jwe = decoded?.kind === 'jwe' ? decoded.normalisation.text : null;
  // Reasons and key details have their own catalogue area, loaded with the verifier on the first key.
  const detailTexts = useCatalogueArea('verify-details', hasKey || verification?.reason !== undefined);
  const jweTexts = useCatalogueArea('jwe', jwe !== null);
  const detailsView = useLoadedModule(keyDetailsViewCode, keyDetails !== null);
  const decryptView = useLoadedModule(decryptStatusCode, jwe !== null);
  const decrypting = jwe !== null && jweTexts;
  return (
    <section className="pane verify-panel" aria-labelledby="verify-title">
      <h2 id="verify-title" className="pane-title-plain">
        {decrypting ? td('decrypt.title') : t('verify.title')}
      </h2>
      <KeyInput />
      {verification ? (
        <VerifyStatus result={verification} withReason={detailTexts} />
      ) : jwe !== null && decryption && decryptView ? (
        <decryptView.DecryptStatus verdict={decryption} token={jwe} withTexts={jweTexts} withKeyErrors={detailTexts} />
      ) : (
        decoded &&
        decoded.kind !== 'empty' && (
          <p className="notice notice-neutral">{decoded.kind === 'jwe' ? t('verify.status.jwe') : t('verify.status.notDecodable')}</p>
        )
      )}
      {verification?.reason === 'not-compact-as-pasted' && (
        <button type="button" className="button button-small" data-testid="verify-cleaned" onClick={verifyCleaned}>
          {t('verify.verifyCleaned')}
        </button>
      )}
      {verifiedCleaned && (
        <p className="notice notice-warning" data-testid="verified-cleaned">
          {t('verify.verifiedCleaned')}
        </p>
      )}
      {keyDetails && detailTexts && detailsView && <detailsView.KeyDetailsView details={keyDetails} usedKid={verification?.usedKid} />}
      <p className="pane-hint">{decrypting ? td('decrypt.confidentialityOnly') : t('verify.signatureOnly')}</p>
    </section>
  );
}
