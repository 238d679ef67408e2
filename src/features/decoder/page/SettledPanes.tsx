import { memo, useState } from 'react';
import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { InspectionReport } from '../../../core/inspect-token';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { LazySecretAudit } from '../audit/LazySecretAudit';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { LazyHeaderParameters } from '../claims/LazyHeaderParameters';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { SignaturePane } from '../token/SignaturePane';
import { FoldSection } from './FoldSection';

// The payload pane's time notes come with this chunk: like the panes below, they are drawn once the
// payload is painted, and they share its time formatting.
export { JsonTimeNote } from '../token/JsonTimeNote';

/** The glance and the foldable sections for a report whose top panes are painted; re-rendered only for a new one. */
export const SettledPanes = memo(function SettledPanes({ report }: { report: InspectionReport }) {
  const t = useT();
  const { decoded, header, payload } = report;
  // The findings' summary stays with the validity window; their list, when open, goes full width below.
  const [findingsListSlot, setFindingsListSlot] = useState<HTMLDivElement | null>(null);
  const audited = decoded.kind === 'jws' && header !== null && isHmacAlg(header.alg);
  const auditTexts = useCatalogueArea('audit', audited);
  if (decoded.kind === 'empty') return null;
  const { signature } = findTokenParts(decoded);
  const signatureBytes = signature?.decoding.bytes;
  return (
    <>
      <div className="decoded-glance">
        {payload && <TimeStatus payload={payload} />}
        <LazyFindingList decoded={decoded} payload={payload} listSlot={findingsListSlot} />
      </div>
      <div className="decoded-more">
        <div className="findings-list-slot" ref={setFindingsListSlot} />
        {payload && (
          <FoldSection name="claims" title={t('claims.table.title')} defaultOpen>
            <TokenSummary header={header} payload={payload} />
            <LazyClaimsTable payload={payload} />
          </FoldSection>
        )}
        {header && (
          <FoldSection name="header-parameters" title={t('claims.header.title')} defaultOpen>
            <LazyHeaderParameters header={header} />
          </FoldSection>
        )}
        {signature && (
          <FoldSection
            name="signature"
            title={t('pane.signatureTitle')}
            meta={signatureBytes ? t('signature.byteCount', { count: signatureBytes.length, bits: signatureBytes.length * 8 }) : undefined}
            defaultOpen={false}
          >
            <SignaturePane part={signature} />
          </FoldSection>
        )}
        {audited && auditTexts && decoded.kind === 'jws' && (
          <FoldSection name="audit" title={t('audit.title')} defaultOpen>
            <LazySecretAudit decoded={decoded} header={header} />
          </FoldSection>
        )}
      </div>
    </>
  );
});
