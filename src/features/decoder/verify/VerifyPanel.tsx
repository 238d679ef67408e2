import type { DecodedToken } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { useDecoderStore } from '../decoder-store';
import { useKeyDetails } from '../use-key-details';
import { useVerification } from '../use-verification';
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
  return (
    <section className="pane verify-panel" aria-labelledby="verify-title">
      <h2 id="verify-title" className="pane-title-plain">
        {t('verify.title')}
      </h2>
      <KeyInput />
      {result ? (
        <VerifyStatus result={result} />
      ) : (
        decoded &&
        decoded.kind !== 'empty' && (
          <p className="notice notice-neutral">{decoded.kind === 'jwe' ? t('verify.status.jwe') : t('verify.status.notDecodable')}</p>
        )
      )}
      {details && <KeyDetailsView details={details} usedKid={result?.usedKid} />}
      <p className="pane-hint">{t('verify.signatureOnly')}</p>
    </section>
  );
}
