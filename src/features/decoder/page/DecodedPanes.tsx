import { memo, useMemo } from 'react';
import type { InspectionReport } from '../../../core/inspect-token';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { useT } from '../../../i18n/use-t';
import { describeNotes } from '../token/describe-notes';
import { describeProblems } from '../token/describe-problems';
import { LazySecretAudit } from '../audit/LazySecretAudit';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { LazyHeaderParameters } from '../claims/LazyHeaderParameters';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { ColouredToken } from '../token/ColouredToken';
import { DecodeErrorPanel } from '../token/DecodeErrorPanel';
import { JweSegments } from '../token/JweSegments';
import { PartPane } from '../token/PartPane';
import { SignaturePane } from '../token/SignaturePane';
import { TokenNotes } from '../token/TokenNotes';
import { TokenSource } from '../token/TokenSource';

/**
 * Everything shown for a non-empty input: where the token was found (and the others found with it),
 * the coloured token, problems, notes and one pane per part, all for the chosen token.
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
  if (decoded.kind === 'empty') return null;

  const { header: headerPart, payload: payloadPart, signature } = findTokenParts(decoded);
  const payloadJson = report.payloadJson?.pretty ?? null;
  const payloadShown = payloadJson ?? report.payloadText;

  return (
    <div className="decoded">
      {report.extraction && <TokenSource extraction={report.extraction} />}
      <ColouredToken parts={decoded.parts} members={members} />
      <DecodeErrorPanel problems={problems} />
      <TokenNotes notes={notes} />
      {payload && <TokenSummary header={header} payload={payload} />}
      {payload && <TimeStatus payload={payload} />}
      {settled && settled.decoded.kind !== 'empty' && <LazyFindingList decoded={settled.decoded} payload={settled.payload} />}
      <div className="panes">
        {headerPart && (
          <PartPane part="header" title={t('pane.headerTitle')} text={report.headerJson?.pretty ?? null} json testId="header-json" members={members.header}>
            {header && <LazyHeaderParameters header={header} />}
          </PartPane>
        )}
        {decoded.kind === 'jwe' ? (
          <JweSegments parts={decoded.parts.slice(1)} />
        ) : (
          payloadPart && (
            <PartPane part="payload" title={t('pane.payloadTitle')} text={payloadShown} json={payloadJson !== null} testId="payload-json" members={members.payload} timeClaimsOf={payload}>
              {payloadJson === null && payloadShown !== null && <p className="pane-hint">{t('pane.payloadNotJson')}</p>}
            </PartPane>
          )
        )}
        {payload && <LazyClaimsTable payload={payload} />}
        {signature && <SignaturePane part={signature} />}
        {settled?.decoded.kind === 'jws' && <LazySecretAudit decoded={settled.decoded} header={settled.header} />}
      </div>
    </div>
  );
}

// A key change re-renders the page; the panes re-render only for a new report or another chosen token.
export const DecodedPanes = memo(DecodedPanesView);
