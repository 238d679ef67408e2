import type { JweDecryption } from '../../../core/crypto/jwe-decryption';
import type { DecryptRequest } from './decrypt-worker';

/** A decryption running in a worker of its own: its result (null once stopped) and how to stop it. */
export interface WorkerDecryption {
  result: Promise<JweDecryption | null>;
  /** Terminates the worker, so a derivation of millions of iterations does not run on unseen. */
  stop: () => void;
}

/**
 * Starts decryptJwe in a dedicated module worker, for PBES2 counts the user allowed: a derivation
 * that takes minutes can then be cancelled by terminating it. Where a worker cannot start, `fallback`
 * decrypts on the page instead (WebCrypto still derives off the main thread, but cannot be stopped).
 */
export function decryptInWorker(request: DecryptRequest, fallback: () => Promise<JweDecryption>): WorkerDecryption {
  let settle: (value: JweDecryption | null) => void = () => undefined;
  const result = new Promise<JweDecryption | null>((resolve) => {
    settle = resolve;
  });
  const runFallback = () => {
    void fallback().then(settle, () => settle(null));
  };
  let worker: Worker | null = null;
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker');
    worker = new Worker(new URL('./decrypt-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<JweDecryption>) => {
      settle(event.data);
      worker?.terminate();
    });
    worker.addEventListener('error', runFallback);
    worker.postMessage(request);
  } catch {
    worker = null;
    runFallback();
  }
  return {
    result,
    stop: () => {
      worker?.terminate();
      settle(null);
    },
  };
}
