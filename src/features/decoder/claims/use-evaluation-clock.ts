import { useCallback } from 'react';
import { unixSecondsFromMilliseconds, type UnixSeconds } from '../../../core/claims/unix-seconds';
import { useClock } from '../../../platform/use-now';
import { useTimeStore } from '../page/time-store';

/**
 * `select(nowSeconds)` at the moment the token is judged: the chosen moment when one is pinned (no
 * timer then), else the current second. The caller re-renders only when the selected value changes.
 */
export function useEvaluationClock<T>(select: (nowSeconds: UnixSeconds) => T, isEqual?: (a: T, b: T) => boolean): T {
  const pinnedSeconds = useTimeStore((state) => state.pinnedSeconds);
  const selectAt = useCallback((nowMs: number) => select(pinnedSeconds ?? unixSecondsFromMilliseconds(nowMs)), [select, pinnedSeconds]);
  return useClock(pinnedSeconds === null ? 1000 : null, selectAt, isEqual);
}
