import type { DecodedToken } from '../../../core/token/decoded-token';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { useDecoderStore } from '../page/decoder-store';
import { useKeyDetails } from './use-key-details';
import { useVerification } from './use-verification';
import { KeyDetailsView } from './KeyDetailsView';
import { KeyInput } from './KeyInput';
import { VerifyStatus } from './VerifyStatus';

/** Key input and the verdict on the signature. Shown for every token; it says when one cannot be checked. */
export function VerifyPanel({ decoded }: { decoded: DecodedToken | null }) {
  const t = useT();
  const keyText = useDecoderStore((state) => state.keyText);
  const secretEncoding = useDecoderStore((state) => state.secretEncoding);
  const result = useVerification(decoded, keyText, secretEncoding);
  const details = useKeyDetails(keyText, secretEncoding);
  // Reasons and key details have their own catalogue area, loaded with the verifier on the first key.
  const detailTexts = useCatalogueArea('verify-details', keyText.trim() !== '');
  return (
    <section className="pane verify-panel" aria-labelledby="verify-title">
      <h2 id="verify-title" className="pane-title-plain">
        {t('verify.title')}
      </h2>
      <KeyInput />
      {result ? (
        <VerifyStatus result={result} withReason={detailTexts} />
      ) : (
        decoded &&
        decoded.kind !== 'empty' && (
          <p className="notice notice-neutral">{decoded.kind === 'jwe' ? t('verify.status.jwe') : t('verify.status.notDecodable')}</p>
        )
      )}
      {details && detailTexts && <KeyDetailsView details={details} usedKid={result?.usedKid} />}
      <p className="pane-hint">{t('verify.signatureOnly')}</p>
    </section>
  );
}
