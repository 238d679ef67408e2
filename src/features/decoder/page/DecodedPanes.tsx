import { memo, useMemo, useState } from 'react';
import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { InspectionReport } from '../../../core/inspect-token';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { describeNotes } from '../token/describe-notes';
import { describeProblems } from '../token/describe-problems';
import { LazySecretAudit } from '../audit/LazySecretAudit';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { LazyHeaderParameters } from '../claims/LazyHeaderParameters';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { DecodeErrorPanel } from '../token/DecodeErrorPanel';
import { JweSegments } from '../token/JweSegments';
import { PartPane } from '../token/PartPane';
import { SignaturePane } from '../token/SignaturePane';
import { TokenNotes } from '../token/TokenNotes';
import { TokenSource } from '../token/TokenSource';
import { FoldSection } from './FoldSection';

/**
 * Everything shown for a non-empty input, in reading order: where the token was found, problems,
 * notes, header and payload (`decoded-top`, the first screen); the validity window and the findings'
 * summary (`decoded-glance`); then the findings' list when open, and claims, header parameters,
 * signature and audit as sections the reader can fold (`decoded-more`). Where each group goes on
 * the screen is decoder-layout.css's.
 *
 * Only `decoded-top` is drawn in the frame of the paste: the rest follows the report once that frame
 * is painted (for one frame it still shows the token before), so none of it delays the payload.
 */
function DecodedPanesView({ report }: { report: InspectionReport }) {
  const t = useT();
  const { decoded } = report;
  const problems = useMemo(() => describeProblems(report.problems), [report.problems]);
  const notes = useMemo(() => describeNotes(report.notes, (part) => t(`part.${part}`)), [report.notes, t]);
  const members = useMemo(() => ({ header: report.headerJson?.members, payload: report.payloadJson?.members }), [report.headerJson, report.payloadJson]);
  const settled = useValueAfterPaint(report);
  if (decoded.kind === 'empty') return null;

  const { header: headerPart, payload: payloadPart } = findTokenParts(decoded);
  const payloadJson = report.payloadJson?.pretty ?? null;
  const payloadShown = payloadJson ?? report.payloadText ?? report.partialText.payload ?? null;
  const headerShown = report.headerJson?.pretty ?? report.partialText.header ?? null;
  // The time claims' dates in the payload are Intl work too: they join once the payload is painted.
  const timeClaimsOf = settled === report ? report.payload : null;

  return (
    <div className="decoded">
      <div className="decoded-top">
        <div className="decoded-notices">
          {report.extraction && <TokenSource extraction={report.extraction} />}
          <DecodeErrorPanel problems={problems} omittedParts={decoded.kind === 'malformed' ? decoded.omittedParts : 0} />
          <TokenNotes notes={notes} />
        </div>
        <div className="part-panes">
          {headerPart && (
            <PartPane part="header" title={t('pane.headerTitle')} text={headerShown} json={report.headerJson !== null} testId="header-json" members={members.header}>
              {report.partialText.header !== undefined && <p className="pane-hint">{t('pane.partial')}</p>}
            </PartPane>
          )}
          {decoded.kind === 'jwe' ? (
            <JweSegments parts={decoded.parts.slice(1)} />
          ) : (
            payloadPart && (
              <PartPane part="payload" title={t('pane.payloadTitle')} text={payloadShown} json={payloadJson !== null} testId="payload-json" members={members.payload} timeClaimsOf={timeClaimsOf}>
                {report.partialText.payload !== undefined ? (
                  <p className="pane-hint">{t('pane.partial')}</p>
                ) : (
                  payloadJson === null && payloadShown !== null && <p className="pane-hint">{t('pane.payloadNotJson')}</p>
                )}
              </PartPane>
            )
          )}
        </div>
      </div>
      {settled && <SettledPanes report={settled} />}
    </div>
  );
}

/** The glance and the foldable sections for a report whose top panes are painted; re-rendered only for a new one. */
const SettledPanes = memo(function SettledPanes({ report }: { report: InspectionReport }) {
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

// A key change re-renders the page; the panes re-render only for a new report or another chosen token.
export const DecodedPanes = memo(DecodedPanesView);
