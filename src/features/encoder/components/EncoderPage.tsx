import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { isHmac } from '../algorithms';
import { useEncoderStore } from '../encoder-store';
import { useEncoderHandoff } from '../use-handoff';
import { usePublicKey } from '../use-public-key';
import { useSignedToken } from '../use-signed-token';
import { AlgorithmPicker } from './AlgorithmPicker';
import { ClaimHelpers } from './ClaimHelpers';
import { JsonEditor } from './JsonEditor';
import { SigningKeyPanel } from './SigningKeyPanel';
import { TokenOutput } from './TokenOutput';
import '../encoder.css';
import { useDocumentTitle } from '../../../platform/use-document-title';

/** The encoder view (`#/encode`): edit header and payload, choose an algorithm and a key, get a signed token. */
export function EncoderPage() {
  // Key errors and notes reuse the verifier's texts, and "Add a claim" the glossary's titles.
  const ready = useCatalogueArea('encoder');
  const detailsReady = useCatalogueArea('verify-details');
  const glossaryReady = useCatalogueArea('glossary');
  useEncoderHandoff();
  return ready && detailsReady && glossaryReady ? <EncoderView /> : <div className="encoder" aria-busy="true" />;
}

function EncoderView() {
  const t = useT();
  useDocumentTitle(t('app.documentTitle', { view: t('encoder.title') }));
  const headerText = useEncoderStore((state) => state.headerText);
  const payloadText = useEncoderStore((state) => state.payloadText);
  const alg = useEncoderStore((state) => state.alg);
  const keyText = useEncoderStore((state) => state.keyText);
  const secretEncoding = useEncoderStore((state) => state.secretEncoding);
  const noneConfirmed = useEncoderStore((state) => state.noneConfirmed);
  const generated = useEncoderStore((state) => state.generated);
  const editHeader = useEncoderStore((state) => state.editHeader);
  const editPayload = useEncoderStore((state) => state.editPayload);

  const signing = useSignedToken({ headerJson: headerText, payloadJson: payloadText, alg, key: keyText, secretEncoding, allowNone: noneConfirmed });
  const secret = isHmac(alg);
  const derivedPublicKey = usePublicKey(keyText, secret || alg === 'none' || generated?.kind === 'key-pair');
  const verifierKey = alg === 'none' ? '' : secret ? keyText : generated?.kind === 'key-pair' ? generated.publicPem : (derivedPublicKey ?? '');

  return (
    <div className="encoder">
      <div className="view-header">
        <h1>{t('encoder.title')}</h1>
        <p className="view-intro">{t('encoder.intro')}</p>
      </div>
      <div className="encoder-grid">
        <div className="encoder-inputs">
          <AlgorithmPicker />
          <JsonEditor label={t('encoder.headerLabel')} value={headerText} onChange={editHeader} testId="encoder-header" />
          <JsonEditor label={t('encoder.payloadLabel')} value={payloadText} onChange={editPayload} testId="encoder-payload">
            <ClaimHelpers />
          </JsonEditor>
        </div>
        <div className="encoder-outputs">
          <TokenOutput signing={signing} texts={{ header: headerText, payload: payloadText }} verifierKey={verifierKey} />
          <SigningKeyPanel verifierKey={verifierKey} />
        </div>
      </div>
    </div>
  );
}
