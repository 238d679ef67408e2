import { useCallback, useMemo, useSyncExternalStore } from 'react';

interface Ticker {
  listeners: Set<() => void>;
  timer: ReturnType<typeof setTimeout> | null;
}

// One timer per interval for the whole page, however many components tick: every countdown moves
// in the same frame, and a page with no subscriber has no timer at all.
const tickers = new Map<number, Ticker>();

function scheduleTick(intervalMs: number, ticker: Ticker): void {
  // Aligned to the interval's boundaries, so a countdown changes when the wall-clock second does.
  const delay = intervalMs - (Date.now() % intervalMs);
  ticker.timer = setTimeout(() => {
    ticker.timer = null;
    for (const listener of [...ticker.listeners]) listener();
    if (ticker.listeners.size > 0) scheduleTick(intervalMs, ticker);
  }, delay);
}

function subscribeToTicks(intervalMs: number, listener: () => void): () => void {
  let ticker = tickers.get(intervalMs);
  if (!ticker) {
    ticker = { listeners: new Set(), timer: null };
    tickers.set(intervalMs, ticker);
  }
  ticker.listeners.add(listener);
  if (ticker.timer === null) scheduleTick(intervalMs, ticker);
  const subscribed = ticker;
  return () => {
    subscribed.listeners.delete(listener);
    if (subscribed.listeners.size === 0 && subscribed.timer !== null) {
      clearTimeout(subscribed.timer);
      subscribed.timer = null;
    }
  };
}

function floorTo(milliseconds: number, intervalMs: number): number {
  return Math.floor(milliseconds / intervalMs) * intervalMs;
}

const noSubscription = () => () => {};
const PAUSED_RESOLUTION_MS = 1000;

/** A getSnapshot for useSyncExternalStore that hands back the previous value when `isEqual` says nothing changed. */
function createSnapshotReader<T>(intervalMs: number | null, select: (nowMs: number) => T, isEqual: (a: T, b: T) => boolean): () => T {
  let last: { value: T } | null = null;
  return () => {
    const next = select(floorTo(Date.now(), intervalMs ?? PAUSED_RESOLUTION_MS));
    // useSyncExternalStore compares with Object.is, so an equal object must be the same object.
    if (last !== null && isEqual(last.value, next)) return last.value;
    last = { value: next };
    return next;
  };
}

/**
 * `select(now)` for the current time in epoch milliseconds, rounded down to `intervalMs`, re-rendering
 * the caller only when the selected value changes (by `isEqual`, default `Object.is`). A countdown
 * that selects whole seconds renders once a second; a status that selects "expired or not" renders
 * once, when it flips. `intervalMs: null` pauses: no timer, the time is read when rendering.
 */
export function useClock<T>(intervalMs: number | null, select: (nowMs: number) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const subscribe = useCallback(
    (listener: () => void) => (intervalMs === null ? noSubscription() : subscribeToTicks(intervalMs, listener)),
    [intervalMs],
  );
  const getSnapshot = useMemo(() => createSnapshotReader(intervalMs, select, isEqual), [intervalMs, select, isEqual]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

const identity = (nowMs: number) => nowMs;

/** The current time in epoch milliseconds, rounded down to `intervalMs`; re-renders the caller every interval. */
export function useNow(intervalMs: number): number {
  return useClock(intervalMs, identity);
}

/** Shallow equality of two plain objects, for `useClock` selectors that return several values. */
export function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keysA = Object.keys(a) as (keyof T)[];
  return keysA.length === Object.keys(b).length && keysA.every((key) => Object.is(a[key], b[key]));
}
