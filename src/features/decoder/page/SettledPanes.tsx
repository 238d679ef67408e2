import { memo, useMemo, useState } from 'react';
import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { InspectionReport } from '../../../core/inspect-token';
import { ownMember, type JsonObject } from '../../../core/json/json-value';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { LazySecretAudit } from '../audit/LazySecretAudit';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { LazyHeaderParameters } from '../claims/LazyHeaderParameters';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { LazySdJwtSection } from '../sd-jwt/LazySdJwtSection';
import { SignaturePane } from '../token/SignaturePane';
import { FoldSection } from './FoldSection';

// The payload pane's time notes come with this chunk: like the panes below, they are drawn once the
// payload is painted, and they share its time formatting.
export { JsonTimeNote } from '../token/JsonTimeNote';

/**
 * Header parameters listed at most: each is a table row with its explanation, and a header of 60,000
 * parameters froze the page for seconds. The header pane above shows the rest.
 */
const MAX_LISTED_PARAMETERS = 100;

/**
 * The object's first `max` members, and how many more it has. Reads the names only: the pairs of all
 * 60,000 (`Object.entries`) took ~115 ms of the panes' render here, the names ~12.
 */
function firstMembers(object: JsonObject, max: number): { listed: JsonObject; omitted: number } {
  const names = Object.keys(object);
  if (names.length <= max) return { listed: object, omitted: 0 };
  return { listed: Object.fromEntries(names.slice(0, max).map((name) => [name, ownMember(object, name)!])), omitted: names.length - max };
}

/** The glance and the foldable sections for a report whose top panes are painted; re-rendered only for a new one. */
export const SettledPanes = memo(function SettledPanes({ report }: { report: InspectionReport }) {
  const t = useT();
  const { decoded, header, payload } = report;
  // The findings' summary stays with the validity window; their list, when open, goes full width below.
  const [findingsListSlot, setFindingsListSlot] = useState<HTMLDivElement | null>(null);
  const audited = decoded.kind === 'jws' && header !== null && isHmacAlg(header.alg);
  const auditTexts = useCatalogueArea('audit', audited);
  const parameters = useMemo(() => (header ? firstMembers(header, MAX_LISTED_PARAMETERS) : null), [header]);
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
            <LazyClaimsTable payload={payload} numbers={report.payloadJson?.numbers} />
          </FoldSection>
        )}
        <LazySdJwtSection decoded={decoded} />
        {parameters && (
          <FoldSection name="header-parameters" title={t('claims.header.title')} defaultOpen>
            <LazyHeaderParameters header={parameters.listed} numbers={report.headerJson?.numbers} />
            {parameters.omitted > 0 && (
              <p className="pane-hint" data-testid="header-params-omitted">
                {t('pane.parametersOmitted', { count: parameters.omitted, shown: MAX_LISTED_PARAMETERS })}
              </p>
            )}
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
