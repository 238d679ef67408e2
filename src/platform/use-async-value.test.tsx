import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAsyncValue } from './use-async-value';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('useAsyncValue', () => {
  it('settles with the value computed for the current inputs', async () => {
    const { result } = renderHook(({ n }) => useAsyncValue(() => Promise.resolve(n * 2), [n]), { initialProps: { n: 2 } });
    expect(result.current).toEqual({ settled: false });
    await act(async () => {});
    expect(result.current).toEqual({ settled: true, value: 4 });
  });

  it('drops a slow result once the inputs have changed, and is unsettled until the new one arrives', async () => {
    const slow = deferred<string>();
    const fast = deferred<string>();
    const pending: Record<string, Promise<string>> = { a: slow.promise, b: fast.promise };
    const { result, rerender } = renderHook(({ key }) => useAsyncValue(() => pending[key]!, [key]), { initialProps: { key: 'a' } });
    rerender({ key: 'b' });
    await act(() => Promise.resolve(slow.resolve('result for a')));
    expect(result.current).toEqual({ settled: false });
    await act(() => Promise.resolve(fast.resolve('result for b')));
    expect(result.current).toEqual({ settled: true, value: 'result for b' });
  });

  it('aborts the signal of a computation whose inputs have changed, and only that one', () => {
    const signals: Record<string, AbortSignal> = {};
    const { rerender } = renderHook(
      ({ key }) =>
        useAsyncValue((signal) => {
          signals[key] = signal;
          return new Promise<string>(() => {});
        }, [key]),
      { initialProps: { key: 'a' } },
    );
    expect(signals.a?.aborted).toBe(false);
    rerender({ key: 'b' });
    expect(signals.a?.aborted).toBe(true);
    expect(signals.b?.aborted).toBe(false);
  });

  it('stays unsettled while there is nothing to compute, and computes once there is', async () => {
    const { result, rerender } = renderHook(({ ready }) => useAsyncValue(ready ? () => Promise.resolve('done') : null, ['same input']), {
      initialProps: { ready: false },
    });
    await act(async () => {});
    expect(result.current).toEqual({ settled: false });
    rerender({ ready: true });
    await act(async () => {});
    expect(result.current).toEqual({ settled: true, value: 'done' });
  });
});
