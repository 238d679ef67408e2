import { useT } from '../../../i18n/use-t';
import { useDecoderStore } from './decoder-store';
import { useDecoderHandoff } from './use-handoff';
import { useDecoderView } from './use-decoder-view';
import { DecodedPanes } from './DecodedPanes';
import { EmptyState } from './EmptyState';
import { TokenInput } from '../token/TokenInput';
import { VerifyPanel } from '../verify/VerifyPanel';

/** The landing view: paste a token, see it decoded live. */
export function DecoderPage() {
  const t = useT();
  useDecoderHandoff();
  const tokenText = useDecoderStore((state) => state.tokenText);
  const { view, decoding } = useDecoderView(tokenText);
  const empty = !decoding && (!view || view.decoded.kind === 'empty');
  return (
    <div className="decoder">
      <div className="view-header">
        <h1>{t('decoder.title')}</h1>
        <p className="view-intro">{t('decoder.intro')}</p>
      </div>
      <div className="decoder-grid">
        <div className="decoder-input">
          <TokenInput />
          <VerifyPanel decoded={view?.decoded ?? null} />
        </div>
        <div className="decoder-output" aria-busy={decoding}>
          {decoding && (
            <p className="notice notice-info" data-testid="decoding-notice" role="status">
              {t('status.decodingLarge')}
            </p>
          )}
          {empty ? <EmptyState /> : view && <DecodedPanes view={view} />}
        </div>
      </div>
    </div>
  );
}
