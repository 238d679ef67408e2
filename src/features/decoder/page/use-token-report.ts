import { useMemo } from 'react';
import { chooseTokenCandidate, inspectToken, type InspectionReport } from '../../../core/inspect-token';
import { useAsyncValue } from '../../../platform/use-async-value';
import { WORKER_DECODE_CHARS } from '../token/large-token';
import { inspectOffMainThread } from './inspect-off-main-thread';

export interface TokenReportState {
  /**
   * The report of the token shown: the text decoded whole, or the token the user chose among those
   * found in it. Null while a large token is inspected off the main thread.
   */
  report: InspectionReport | null;
  /** True while a very large token is being inspected off the main thread. */
  decoding: boolean;
}

/**
 * The report of the token text, for the candidate chosen when several tokens were found in it:
 * computed synchronously for ordinary tokens (painted in the same frame), in a worker for large
 * ones; a worker result for text that has since changed is dropped.
 */
export function useTokenReport(text: string, chosenCandidate: number): TokenReportState {
  const large = text.length >= WORKER_DECODE_CHARS;
  const syncReport = useMemo(() => (large ? null : inspectToken(text)), [text, large]);
  const workerReport = useAsyncValue(large ? (signal) => inspectOffMainThread(text, signal) : null, [text]);
  const pasted = large ? (workerReport.settled ? workerReport.value : null) : syncReport;
  const report = useMemo(() => (pasted ? chooseTokenCandidate(pasted, chosenCandidate) : null), [pasted, chosenCandidate]);
  return { report, decoding: large && !workerReport.settled };
}
