import { useEffect, useState, type DependencyList } from 'react';

/** An asynchronous value for the current inputs: settled with its value, or still being computed. */
export type AsyncValue<T> = { settled: true; value: T } | { settled: false };

const NOT_SETTLED: AsyncValue<never> = { settled: false };

function sameInputs(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * The result of `compute` for these `inputs`, or not settled while it runs (and when `compute` is
 * null: nothing to compute). A result for inputs that have since changed is dropped, so a slow
 * computation never overwrites the result of what the user typed after it; its signal is aborted
 * then, so it may stop early. `compute` must not reject: expected failures are values.
 */
export function useAsyncValue<T>(compute: ((signal: AbortSignal) => Promise<T>) | null, inputs: DependencyList): AsyncValue<T> {
  const [settled, setSettled] = useState<{ inputs: DependencyList; value: T } | null>(null);
  const active = compute !== null;
  useEffect(() => {
    if (!compute) return;
    const stale = new AbortController();
    void compute(stale.signal).then((value) => {
      if (!stale.signal.aborted) setSettled({ inputs, value });
    });
    return () => {
      stale.abort();
    };
    // `inputs` are what `compute` reads: it is rebuilt on every render, the inputs say when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, ...inputs]);
  if (!active || settled === null || !sameInputs(settled.inputs, inputs)) return NOT_SETTLED;
  return { settled: true, value: settled.value };
}
