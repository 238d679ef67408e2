import { useEffect } from 'react';
import { useT } from '../../../i18n/use-t';
import { TokenInput } from '../token/TokenInput';
import { VerifyPanel } from '../verify/VerifyPanel';
import { DecoderContexts } from './DecoderContexts';
import { DecodedPanes } from './DecodedPanes';
import { useDecoderStore } from './decoder-store';
import { EmptyState } from './EmptyState';
import { prefetchPanelsWhenIdle } from './prefetch-panels';
import { useDecoderHandoff } from './use-handoff';
import { useTokenAndVerdict } from './use-token-and-verdict';
import './decoder-layout.css';
import { useDocumentTitle } from '../../../platform/use-document-title';

/** The landing view: paste a token, see it decoded live. Derives everything once and hands it to the panels. */
export function DecoderPage() {
  const t = useT();
  useDecoderHandoff();
  useEffect(prefetchPanelsWhenIdle, []);
  const tokenText = useDecoderStore((state) => state.tokenText);
  const keyText = useDecoderStore((state) => state.keyText);
  const secretEncoding = useDecoderStore((state) => state.secretEncoding);
  const verifyCleanedToken = useDecoderStore((state) => state.verifyCleanedToken);
  const chosenCandidate = useDecoderStore((state) => state.chosenCandidate);
  const inspection = useTokenAndVerdict(tokenText, chosenCandidate, keyText, secretEncoding, verifyCleanedToken);
  const { report, decoding } = inspection.reportState;
  const empty = !decoding && (!report || report.decoded.kind === 'empty');
  const alg = report?.header?.alg;
  useDocumentTitle(
    t('app.documentTitle', {
      view: report && report.decoded.kind !== 'empty' ? t('decoder.documentTitleToken', { kind: report.decoded.kind, alg: typeof alg === 'string' ? alg : '' }) : t('decoder.title'),
    }),
  );
  return (
    <DecoderContexts value={inspection}>
      <div className="decoder">
        <div className="view-header">
          <h1>{t('decoder.title')}</h1>
          <p className="view-intro">{t('decoder.intro')}</p>
        </div>
        <div className="decoder-grid">
          <div className="decoder-input" data-testid="decoder-input">
            <TokenInput />
            <VerifyPanel />
          </div>
          <div className="decoder-output" aria-busy={decoding}>
            {decoding && (
              <p className="notice notice-info" data-testid="decoding-notice" role="status">
                {t('status.decodingLarge')}
              </p>
            )}
            {empty ? <EmptyState /> : report && <DecodedPanes report={report} />}
          </div>
        </div>
      </div>
    </DecoderContexts>
  );
}
