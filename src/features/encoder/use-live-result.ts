import { useState, type DependencyList } from 'react';
import { useAsyncValue } from '../../platform/use-async-value';

/** The last settled result, and whether the inputs have changed since (a new one is on its way). */
export interface LiveResult<Result> {
  result: Result | null;
  pending: boolean;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `make` whenever `inputs` change (nothing while it is null); a result for inputs that have since changed is dropped, and
 * an unexpected rejection becomes `onUnexpected`'s result. Until the new one settles the previous
 * result stays, marked pending, so the token does not flicker while typing.
 */
export function useLiveResult<Result>(make: (() => Promise<Result>) | null, onUnexpected: (cause: unknown) => Result, inputs: DependencyList): LiveResult<Result> {
  const made = useAsyncValue(
    // A task of its own: making the token reads both texts again, which for megabytes would lengthen the keystroke's task.
    make === null ? null : () => nextTask().then(make).catch(onUnexpected),
    inputs,
  );
  const [last, setLast] = useState<Result | null>(null);
  if (made.settled && made.value !== last) setLast(made.value);
  return made.settled ? { result: made.value, pending: false } : { result: last, pending: true };
}
