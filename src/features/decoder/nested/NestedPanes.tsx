import { useMemo, type ReactNode } from 'react';
import type { InspectionReport } from '../../../core/inspect-token';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { describeDecodeProblem } from '../../../i18n/describe-decode-problem';
import { useCatalogueArea, useT } from '../../../i18n/use-t';
import { LazyClaimsTable } from '../claims/LazyClaimsTable';
import { TimeStatus } from '../claims/TimeStatus';
import { TokenSummary } from '../claims/TokenSummary';
import { LazyFindingList } from '../findings/LazyFindingList';
import { FoldSection } from '../page/FoldSection';
import { ColouredToken } from '../token/ColouredToken';
import { DecodeErrorPanel } from '../token/DecodeErrorPanel';
import { describeNotes } from '../token/describe-notes';
import { PartPane } from '../token/PartPane';
import { readShownPartTexts } from '../token/shown-part-texts';
import { TokenNotes } from '../token/TokenNotes';

/**
 * The inner token decoded: its coloured parts, problems and notes, header and payload
 * (`nested-header-json`, `nested-payload-json`), then `afterParts` (the key box, so the findings
 * that depend on the key follow it), validity, findings and claims. The parts are not
 * linked to the token's characters: the decoder's hover highlight is one for the page, and the
 * outer token's members would light up with the inner ones.
 */
export function NestedPanes({ report, afterParts }: { report: InspectionReport; afterParts?: ReactNode }) {
  const t = useT();
  const claimTexts = useCatalogueArea('claims');
  const { decoded, header, payload } = report;
  const problems = useMemo(() => report.problems.map((problem) => describeDecodeProblem(problem)), [report.problems]);
  const notes = useMemo(() => describeNotes(report.notes, (part) => t(`part.${part}`)), [report.notes, t]);
  if (decoded.kind === 'empty') return null;
  const { header: headerPart, payload: payloadPart } = findTokenParts(decoded);
  const { header: headerShown, payload: payloadShown, payloadIsJson } = readShownPartTexts(report);
  return (
    <>
      <div className="nested-token-text" data-testid="nested-token-text">
        <ColouredToken parts={decoded.parts} />
      </div>
      <DecodeErrorPanel problems={problems} omittedParts={decoded.kind === 'malformed' ? decoded.omittedParts : 0} />
      <TokenNotes notes={notes} />
      <div className="nested-part-panes">
        {headerPart && <PartPane part="header" title={t('pane.headerTitle')} text={headerShown} json={report.headerJson !== null} testId="nested-header-json" />}
        {payloadPart && (
          <PartPane part="payload" title={t('pane.payloadTitle')} text={payloadShown} json={payloadIsJson} testId="nested-payload-json">
            {!payloadIsJson && payloadShown !== null && <p className="pane-hint">{t('pane.payloadNotJson')}</p>}
          </PartPane>
        )}
      </div>
      {afterParts}
      {claimTexts && payload && <TimeStatus payload={payload} />}
      <LazyFindingList decoded={decoded} payload={payload} />
      {claimTexts && payload && (
        <FoldSection name="nested-claims" title={t('claims.table.title')} defaultOpen>
          <TokenSummary header={header} payload={payload} />
          <LazyClaimsTable payload={payload} numbers={report.payloadJson?.numbers} />
        </FoldSection>
      )}
    </>
  );
}
