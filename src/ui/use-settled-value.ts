import { useEffect, useState } from 'react';

/**
 * `value` once it and `restartOn` have stayed the same for `settleMs`; until then the last settled
 * value, which starts as `initial`. `restartOn` is what says the input is still changing when
 * `value` is not (each keystroke's new report, say). Both are compared with `Object.is`.
 */
export function useSettledValue<T>(value: T, settleMs: number, initial: T, restartOn?: unknown): T {
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), settleMs);
    return () => clearTimeout(timer);
  }, [value, settleMs, restartOn]);
  return settled;
}
