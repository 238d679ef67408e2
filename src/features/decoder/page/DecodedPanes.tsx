import { memo, useMemo } from 'react';
import type { InspectionReport } from '../../../core/inspect-token';
import { useValueAfterPaint } from '../../../platform/use-value-after-paint';
import { findTokenParts } from '../../../core/token/find-token-parts';
import { describeDecodeProblem } from '../../../i18n/describe-decode-problem';
import { loadArea } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { LazyPlaintextPane } from '../decrypt/LazyPlaintextPane';
import { describeNotes } from '../token/describe-notes';
import { DecodeErrorPanel } from '../token/DecodeErrorPanel';
import { JweSegments } from '../token/JweSegments';
import { PartPane } from '../token/PartPane';
import { readShownPartTexts } from '../token/shown-part-texts';
import { TokenNotes } from '../token/TokenNotes';
import { TokenSource } from '../token/TokenSource';

/**
 * Everything shown for a non-empty input, in reading order: where the token was found, problems,
 * notes, header and payload (`decoded-top`, the first screen); the validity window and the findings'
 * summary (`decoded-glance`); then the findings' list when open, and claims, header parameters,
 * signature and audit as sections the reader can fold (`decoded-more`). Where each group goes on
 * the screen is decoder-layout.css's.
 *
 * Only `decoded-top` is drawn in the frame of the paste: the rest (`SettledPanes`, a chunk of its
 * own fetched while the page is idle) follows the report once that frame is painted (for one frame
 * it still shows the token before), so none of it delays the payload. Until then the header and
 * payload panes keep at least their height, so the rest does not move in that frame either: it moves
 * once, with its new content (a payload after a large one would otherwise have the page moved and
 * repainted below it before the paint that matters).
 */
/** What is drawn once the decoded panes are painted; fetched while the page is idle (prefetch-panels). */
export const settledPanesCode = createModuleLoader(() => Promise.all([import('./SettledPanes'), loadArea('claims')]).then(([module]) => module));

function DecodedPanesView({ report }: { report: InspectionReport }) {
  const t = useT();
  const { decoded } = report;
  const problems = useMemo(() => report.problems.map((problem) => describeDecodeProblem(problem)), [report.problems]);
  const notes = useMemo(() => describeNotes(report.notes, (part) => t(`part.${part}`)), [report.notes, t]);
  const members = useMemo(() => ({ header: report.headerJson?.members, payload: report.payloadJson?.members }), [report.headerJson, report.payloadJson]);
  const settled = useValueAfterPaint(report);
  const later = useLoadedModule(settledPanesCode, settled !== null);
  // The time claims' dates in the payload are Intl work too: they join once the payload is painted.
  const painted = settled === report;
  const timeNotes = useMemo(() => (later && painted && report.payload ? { of: report.payload, Note: later.JsonTimeNote } : undefined), [later, painted, report.payload]);
  if (decoded.kind === 'empty') return null;

  const { header: headerPart, payload: payloadPart } = findTokenParts(decoded);
  const { header: headerShown, payload: payloadShown, payloadIsJson } = readShownPartTexts(report);

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
            <PartPane part="header" title={t('pane.headerTitle')} text={headerShown} json={report.headerJson !== null} testId="header-json" members={members.header} holdHeight={!painted}>
              {report.partialText.header !== undefined && <p className="pane-hint">{t('pane.partial')}</p>}
            </PartPane>
          )}
          {decoded.kind === 'jwe' ? (
            // One grid item: the plaintext, once decrypted, above the encrypted parts it came from.
            <div className="pane-jwe jwe-panes">
              <LazyPlaintextPane />
              <JweSegments parts={decoded.parts.slice(1)} />
            </div>
          ) : (
            payloadPart && (
              <PartPane part="payload" title={t('pane.payloadTitle')} text={payloadShown} json={payloadIsJson} testId="payload-json" members={members.payload} timeNotes={timeNotes} holdHeight={!painted}>
                {report.partialText.payload !== undefined ? (
                  <p className="pane-hint">{t('pane.partial')}</p>
                ) : (
                  !payloadIsJson && payloadShown !== null && <p className="pane-hint">{t('pane.payloadNotJson')}</p>
                )}
              </PartPane>
            )
          )}
        </div>
      </div>
      {settled && later && <later.SettledPanes report={settled} />}
    </div>
  );
}

// A key change re-renders the page; the panes re-render only for a new report or another chosen token.
export const DecodedPanes = memo(DecodedPanesView);
