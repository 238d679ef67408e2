// First: nothing below may reach the network or load code by itself (a <meta> CSP does not cover workers).
import '../../../platform/close-worker-network';
import { inspectToken } from '../../../core/inspect-token';
import { sendableReport, transferablesOf } from './report-transfer';
import { createTextAssembler, type DroppedText, type TextPiece } from './text-pieces';

const assemble = createTextAssembler();

/** Worker entry: inspects large tokens off the main thread so typing never stalls; a token comes in pieces. */
self.addEventListener('message', (event: MessageEvent<TextPiece | DroppedText>) => {
  const text = assemble(event.data);
  if (text === null) return;
  const { id } = event.data;
  const report = sendableReport(inspectToken(text), text);
  self.postMessage({ id, report }, { transfer: transferablesOf(report.report) });
});
