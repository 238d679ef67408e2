import { inspectToken, type InspectionReport } from '../../../core/inspect-token';
import { receiveReport, type ReportInTransit } from './report-transfer';
import { piecesOf, type DroppedText, type TextPiece } from './text-pieces';

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
 * Posts `text` to the worker piece by piece, each in a task of its own after the one that took the
 * input: copying it into one message made that task the page's longest (65-115 ms for 20 MB here).
 * Once `signal` aborts (a newer text), the rest stays here and the worker drops what it got.
 */
function postInPieces(target: Worker, id: number, text: string, signal: AbortSignal | undefined): void {
  const pieces = piecesOf(text);
  let next = 0;
  const postNext = () => {
    if (signal?.aborted) {
      waiting.delete(id);
      target.postMessage({ id, dropped: true } satisfies DroppedText);
      return;
    }
    target.postMessage({ id, piece: pieces[next]!, total: text.length } satisfies TextPiece);
    next += 1;
    if (next < pieces.length) setTimeout(postNext, 0);
  };
  setTimeout(postNext, 0);
}

/**
 * Inspects in a Web Worker, so a multi-megabyte token never blocks typing. Falls back to a
 * macrotask on the main thread where workers are unavailable. After `signal` aborts, the text's
 * pieces not yet posted never are, and the promise may never settle.
 */
export function inspectOffMainThread(text: string, signal?: AbortSignal): Promise<InspectionReport> {
  const target = getWorker();
  if (!target) {
    return new Promise((resolve) => setTimeout(() => resolve(inspectToken(text)), 0));
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { text, resolve });
    postInPieces(target, id, text, signal);
    target.addEventListener(
      'error',
      () => {
        if (waiting.delete(id)) resolve(inspectToken(text));
      },
      { once: true },
    );
  });
}
