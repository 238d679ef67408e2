import { useEffect, useMemo, useState } from 'react';
import { decodeOffMainThread } from './decode-off-main-thread';
import { inspectForView, type DecoderView } from './inspect-for-view';
import { WORKER_DECODE_CHARS } from '../token/large-token';

export interface DecoderViewState {
  view: DecoderView | null;
  /** True while a very large token is being decoded off the main thread. */
  decoding: boolean;
}

/**
 * The decoded view of the token text: synchronous for ordinary tokens (painted in the same frame),
 * from a worker for large ones. A result for text that has since changed is dropped.
 */
export function useDecoderView(text: string): DecoderViewState {
  const large = text.length >= WORKER_DECODE_CHARS;
  const syncView = useMemo(() => (large ? null : inspectForView(text)), [text, large]);
  const [workerResult, setWorkerResult] = useState<{ text: string; view: DecoderView } | null>(null);

  useEffect(() => {
    if (!large) return;
    let current = true;
    void decodeOffMainThread(text).then((view) => {
      if (current) setWorkerResult({ text, view });
    });
    return () => {
      current = false;
    };
  }, [text, large]);

  if (!large) return { view: syncView, decoding: false };
  if (workerResult?.text === text) return { view: workerResult.view, decoding: false };
  return { view: null, decoding: true };
}
