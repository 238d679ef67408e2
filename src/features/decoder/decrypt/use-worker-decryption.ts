import { useEffect, useRef } from 'react';
import type { JweDecryption } from '../../../core/crypto/jwe-decryption';
import { useAsyncValue, type AsyncValue } from '../../../platform/use-async-value';
import { decryptInWorker, type WorkerDecryption } from './decrypt-in-worker';
import type { DecryptRequest } from './decrypt-worker';

/**
 * The decryption of `request` in a worker of its own, or not settled while it runs (and for a null
 * request). A new request, a null one or unmounting terminates the worker still running.
 */
export function useWorkerDecryption(request: DecryptRequest | null, fallback: (request: DecryptRequest) => Promise<JweDecryption>): AsyncValue<JweDecryption | null> {
  const running = useRef<WorkerDecryption | null>(null);
  const value = useAsyncValue(
    request
      ? () => {
          running.current = decryptInWorker(request, () => fallback(request));
          return running.current.result;
        }
      : null,
    [request],
  );
  // Declared after the run above: React stops the old worker here before it starts the next one.
  useEffect(
    () =>
      request
        ? () => {
            running.current?.stop();
            running.current = null;
          }
        : undefined,
    [request],
  );
  return value;
}
