import type { InspectionReport } from '../../../core/inspect-token';

/** The texts the header and payload panes show for a report. */
export interface ShownPartTexts {
  /** The header's pretty JSON, or its partial text; null when there is nothing to show. */
  header: string | null;
  /** The payload's pretty JSON, else its text, else its partial text; null when there is nothing to show. */
  payload: string | null;
  /** Whether `payload` is pretty JSON. */
  payloadIsJson: boolean;
}

/** Returns what the header and payload panes show: pretty JSON where the part is JSON, else as far as it decoded. */
export function readShownPartTexts(report: InspectionReport): ShownPartTexts {
  const payloadJson = report.payloadJson?.pretty ?? null;
  return {
    header: report.headerJson?.pretty ?? report.partialText.header ?? null,
    payload: payloadJson ?? report.payloadText ?? report.partialText.payload ?? null,
    payloadIsJson: payloadJson !== null,
  };
}
