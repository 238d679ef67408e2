import type { DecodeRequest } from './decode-worker';
import { inspectForView, type DecoderView } from './inspect-for-view';

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 0;
const waiting = new Map<number, (view: DecoderView) => void>();

function getWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<{ id: number; view: DecoderView }>) => {
        waiting.get(event.data.id)?.(event.data.view);
        waiting.delete(event.data.id);
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
 * Decodes in a Web Worker, so a multi-megabyte token never blocks typing. Falls back to a
 * macrotask on the main thread where workers are unavailable.
 */
export function decodeOffMainThread(text: string): Promise<DecoderView> {
  const target = getWorker();
  if (!target) {
    return new Promise((resolve) => setTimeout(() => resolve(inspectForView(text)), 0));
  }
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, text } satisfies DecodeRequest);
    target.addEventListener(
      'error',
      () => {
        if (waiting.delete(id)) resolve(inspectForView(text));
      },
      { once: true },
    );
  });
}
