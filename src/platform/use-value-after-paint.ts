import { startTransition, useEffect, useState } from 'react';
import { runAfterPaint } from './run-after-paint';

/**
 * The value, handed on only once the frame showing it has been painted (an animation frame, then a
 * task); until then the previous value, or null at first. For secondary work that must never delay
 * the paint of what the user just typed.
 */
export function useValueAfterPaint<T>(value: T): T | null {
  const [painted, setPainted] = useState<{ value: T } | null>(null);
  // A transition: React renders what the value brings in slices, between which the page can paint and
  // take input; an ordinary update would render all of it in one task.
  useEffect(() => runAfterPaint(() => startTransition(() => setPainted({ value }))), [value]);
  return painted ? painted.value : null;
}
