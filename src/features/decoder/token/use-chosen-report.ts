import { chooseTokenCandidate, type InspectionReport } from '../../../core/inspect-token';
import { useDecoderStore } from '../page/decoder-store';

// The last choice per report, so the panes, the verdict and the encoder hand-off read the same
// object and a choice is decoded once however many panels ask for it.
const lastChosen = new WeakMap<InspectionReport, { index: number; report: InspectionReport }>();

function chooseOnce(report: InspectionReport, index: number): InspectionReport {
  if (!report.extraction || index === report.extraction.chosen) return report;
  const cached = lastChosen.get(report);
  if (cached?.index === index) return cached.report;
  const chosen = chooseTokenCandidate(report, index);
  lastChosen.set(report, { index, report: chosen });
  return chosen;
}

/**
 * The report of the token the user chose among those found in a pasted text (the first by
 * default); the report itself when the text was decoded whole.
 */
export function useChosenReport(report: InspectionReport): InspectionReport;
export function useChosenReport(report: InspectionReport | null): InspectionReport | null;
export function useChosenReport(report: InspectionReport | null): InspectionReport | null {
  const index = useDecoderStore((state) => state.chosenCandidate);
  return report ? chooseOnce(report, index) : null;
}
