import { useMemo } from 'react';
import { analyseSdJwt } from '../../../core/sd-jwt/analyse-sd-jwt';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { useDrawnInSteps } from '../../../platform/use-drawn-in-steps';
import { MoreNotShown } from '../../../ui/MoreNotShown';
import { VisibleText } from '../../../widgets/VisibleText';
import { FoldSection } from '../page/FoldSection';
import { DisclosureItem } from './DisclosureItem';
import { KeyBindingPanel } from './KeyBindingPanel';
import './sd-jwt.css';

/**
 * Disclosures drawn at first, and added by each "Show more": each is ~25 elements, and the 1,000 a
 * token may list (MAX_DISCLOSURES) drawn at once made one task of ~400 ms here.
 */
export const DISCLOSURES_STEP = 50;

/**
 * An SD-JWT's disclosures, each matched against the issuer JWT's digests, how many digests stay
 * hidden, the payload with the disclosed claims in place, and the key binding's verdict.
 */
export function SdJwtSection({ decoded }: { decoded: DecodedToken }) {
  const t = useT();
  const analysis = useMemo(() => analyseSdJwt(decoded), [decoded]);
  const processed = useMemo(() => (analysis ? JSON.stringify(analysis.payload, null, 2) : ''), [analysis]);
  const { drawn, drawMore } = useDrawnInSteps(analysis, DISCLOSURES_STEP);
  if (analysis === null) return null;
  const { disclosures, hashAlg } = analysis;
  const disclosedCount = disclosures.length + analysis.omittedDisclosures;
  return (
    <FoldSection name="sd-jwt" title={t('sdJwt.title')} meta={t('sdJwt.meta', { count: disclosedCount })} defaultOpen>
      <section className="sd-jwt" data-testid="sd-jwt" aria-label={t('sdJwt.title')}>
        <p data-testid="sd-hidden-count" data-count={analysis.hiddenCount}>
          {t('sdJwt.summary', { disclosed: disclosedCount, hidden: analysis.hiddenCount })}
        </p>
        <p className="pane-hint" data-testid="sd-hash-alg">
          {hashAlg.name === null ? t('sdJwt.hashAlgUnsupported', { alg: hashAlg.written }) : t('sdJwt.hashAlg', { alg: hashAlg.name, stated: hashAlg.stated ? 'yes' : 'no' })}
        </p>
        {disclosures.length > 0 && (
          <ol className="sd-disclosures">
            {disclosures.slice(0, drawn).map((report) => (
              <DisclosureItem key={report.index} report={report} />
            ))}
          </ol>
        )}
        {disclosures.length > drawn && <MoreNotShown notShown={t('sdJwt.notShown', { count: disclosures.length - drawn })} showMoreLabel={t('pane.showMore')} onShowMore={drawMore} />}
        {analysis.omittedDisclosures > 0 && <p className="pane-hint">{t('sdJwt.omitted', { count: analysis.omittedDisclosures })}</p>}
        <KeyBindingPanel reading={analysis.keyBinding} />
        <h3>{t('sdJwt.processedTitle')}</h3>
        <pre className="sd-jwt-payload" data-testid="sd-processed-payload">
          <VisibleText text={processed} />
        </pre>
      </section>
    </FoldSection>
  );
}
