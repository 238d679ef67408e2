import { useEffect, useState } from 'react';

/**
 * The value, handed on only once the frame showing it has been painted (an animation frame, then a
 * task); until then the previous value, or null at first. For secondary work that must never delay
 * the paint of what the user just typed.
 */
export function useValueAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted({ value }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return painted ? painted.value : null;
}
