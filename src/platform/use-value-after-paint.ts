import { useEffect, useState } from 'react';

/** Longest wait for an idle moment before the value is handed on anyway. */
const IDLE_TIMEOUT_MS = 200;

/**
 * The value, handed on only once the frame showing it has been painted and the browser is idle (or
 * 200 ms have passed); until then the previous value, or null at first. For secondary work that must
 * never delay the paint of what the user just typed.
 */
export function useValueAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState<{ value: T } | null>(null);
  useEffect(() => {
    const hand = () => setPainted({ value });
    let cancelIdle = () => {};
    const frame = requestAnimationFrame(() => {
      if (typeof requestIdleCallback === 'function') {
        const idle = requestIdleCallback(hand, { timeout: IDLE_TIMEOUT_MS });
        cancelIdle = () => cancelIdleCallback(idle);
      } else {
        const timer = setTimeout(hand, 50);
        cancelIdle = () => clearTimeout(timer);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdle();
    };
  }, [value]);
  return painted ? painted.value : null;
}
