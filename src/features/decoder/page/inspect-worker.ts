// First: nothing below may reach the network or load code by itself (a <meta> CSP does not cover workers).
import '../../../platform/close-worker-network';
import { inspectToken } from '../../../core/inspect-token';
import { sendableReport, transferablesOf } from './report-transfer';

export interface InspectRequest {
  id: number;
  text: string;
}

/** Worker entry: inspects large tokens off the main thread so typing never stalls. */
self.addEventListener('message', (event: MessageEvent<InspectRequest>) => {
  const { id, text } = event.data;
  const report = sendableReport(inspectToken(text), text);
  self.postMessage({ id, report }, { transfer: transferablesOf(report.report) });
});
