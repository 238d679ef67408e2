import { inspectToken, type InspectionReport } from '../../../core/inspect-token';
import type { InspectRequest } from './inspect-worker';
import { receiveReport, type ReportInTransit } from './report-transfer';

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 0;
// Each request's text stays here: the report comes back without the long strings it holds.
const waiting = new Map<number, { text: string; resolve: (report: InspectionReport) => void }>();

function getWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./inspect-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<{ id: number; report: ReportInTransit }>) => {
        const request = waiting.get(event.data.id);
        waiting.delete(event.data.id);
        request?.resolve(receiveReport(event.data.report, request.text));
      });
      worker.addEventListener('error', () => {
        // A worker that cannot start (old browser, odd host): finish the pending work here instead.
        workerBroken = true;
        worker = null;
      });
    } catch {
      workerBroken = true;
      return null;
    }
  }
  return worker;
}

/**
 * Inspects in a Web Worker, so a multi-megabyte token never blocks typing. Falls back to a
 * macrotask on the main thread where workers are unavailable.
 */
export function inspectOffMainThread(text: string): Promise<InspectionReport> {
  const target = getWorker();
  if (!target) {
    return new Promise((resolve) => setTimeout(() => resolve(inspectToken(text)), 0));
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { text, resolve });
    // Copying megabytes into the message is a long task of its own (~65 ms for 20 MB here): posted
    // in the task that took the input, it made that task the page's longest.
    setTimeout(() => target.postMessage({ id, text } satisfies InspectRequest), 0);
    target.addEventListener(
      'error',
      () => {
        if (waiting.delete(id)) resolve(inspectToken(text));
      },
      { once: true },
    );
  });
}
