import type { InspectionReport } from '../../../core/inspect-token';

/** Strings at least this long that the inspected text holds travel as their place in it, not as a copy. */
export const SLICED_MIN_CHARS = 64 * 1024;

/** Where a string of the report lies in the inspected text. */
interface TextSlice {
  start: number;
  end: number;
}

/** A report as it crosses from the inspection worker: its longest strings cut out, and where they were in the text. */
export interface ReportInTransit {
  report: InspectionReport;
  slices: Map<string, TextSlice>;
}

/** The fields that hold a long stretch of the inspected text: its normalised copy, the signing input, each segment. */
function eachTextField(report: InspectionReport, visit: (key: string, value: string, set: (value: string) => void) => void): void {
  const { decoded } = report;
  if (decoded.kind === 'empty') return;
  visit('text', decoded.normalisation.text, (value) => (decoded.normalisation.text = value));
  if (decoded.kind === 'jws') visit('signingInput', decoded.signingInput, (value) => (decoded.signingInput = value));
  decoded.parts.forEach((part, index) => visit(`part${index}`, part.segment, (value) => (part.segment = value)));
}

/**
 * Cuts out of a fresh report the long strings the inspected `text` holds, so posting it copies tens of
 * megabytes less: the main thread, which sent `text`, slices them back in (`receiveReport`), and a
 * slice of a string costs nothing. Strings not found in `text` (a normalised copy that differs) stay.
 */
export function sendableReport(report: InspectionReport, text: string): ReportInTransit {
  const slices = new Map<string, TextSlice>();
  eachTextField(report, (key, value, set) => {
    if (value.length < SLICED_MIN_CHARS) return;
    const start = text.indexOf(value);
    if (start < 0) return;
    slices.set(key, { start, end: start + value.length });
    set('');
  });
  return { report, slices };
}

/** Puts back into a report from the worker the strings `sendableReport` cut out of it, from the same `text`. */
export function receiveReport({ report, slices }: ReportInTransit, text: string): InspectionReport {
  eachTextField(report, (key, _value, set) => {
    const slice = slices.get(key);
    if (slice) set(text.slice(slice.start, slice.end));
  });
  return report;
}
