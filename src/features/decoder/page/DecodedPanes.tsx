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
 */
function DecodedPanesView({ report }: { report: InspectionReport }) {
  const t = useT();
  const { decoded, header, payload } = report;
  const problems = useMemo(() => describeProblems(report.problems), [report.problems]);
  const notes = useMemo(() => describeNotes(report.notes, (part) => t(`part.${part}`)), [report.notes, t]);
  const members = useMemo(() => ({ header: report.headerJson?.members, payload: report.payloadJson?.members }), [report.headerJson, report.payloadJson]);
  // Findings and the secret audit start after the decoded panes are painted, so they never delay
  // what the user just pasted (bench: run in the same frame they cost a typical paste ~100 ms).
  const settled = useValueAfterPaint(report);
  // The findings' summary stays with the validity window; their list, when open, goes full width below.
  const [findingsListSlot, setFindingsListSlot] = useState<HTMLDivElement | null>(null);
  const audited = settled?.decoded.kind === 'jws' && settled.header !== null && isHmacAlg(settled.header.alg);
  const auditTexts = useCatalogueArea('audit', audited);
  if (decoded.kind === 'empty') return null;

  const { header: headerPart, payload: payloadPart, signature } = findTokenParts(decoded);
  const payloadJson = report.payloadJson?.pretty ?? null;
  const payloadShown = payloadJson ?? report.payloadText ?? report.partialText.payload ?? null;
  const headerShown = report.headerJson?.pretty ?? report.partialText.header ?? null;
  const signatureBytes = signature?.decoding.bytes;

  return (
    <div className="decoded">
      <div className="decoded-top">
        <div className="decoded-notices">
          {report.extraction && <TokenSource extraction={report.extraction} />}
          <DecodeErrorPanel problems={problems} />
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
              <PartPane part="payload" title={t('pane.payloadTitle')} text={payloadShown} json={payloadJson !== null} testId="payload-json" members={members.payload} timeClaimsOf={payload}>
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
      <div className="decoded-glance">
        {payload && <TimeStatus payload={payload} />}
        {settled && settled.decoded.kind !== 'empty' && <LazyFindingList decoded={settled.decoded} payload={settled.payload} listSlot={findingsListSlot} />}
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
        {audited && auditTexts && settled.decoded.kind === 'jws' && (
          <FoldSection name="audit" title={t('audit.title')} defaultOpen>
            <LazySecretAudit decoded={settled.decoded} header={settled.header} />
          </FoldSection>
        )}
      </div>
    </div>
  );
}

// A key change re-renders the page; the panes re-render only for a new report or another chosen token.
export const DecodedPanes = memo(DecodedPanesView);
