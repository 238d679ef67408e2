import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmIntlWhenIdle } from './warm-intl';

describe('warmIntlWhenIdle', () => {
  let made: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    made = [];
    for (const kind of ['NumberFormat', 'DateTimeFormat', 'ListFormat'] as const) {
      const Real = Intl[kind] as unknown as new (...args: unknown[]) => object;
      vi.spyOn(Intl, kind).mockImplementation(function (this: unknown, ...args: unknown[]) {
        made.push(`${kind} ${String(args[0])}`);
        return new Real(...args);
      });
    }
    document.documentElement.lang = 'ko';
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.documentElement.lang = '';
  });

  it('makes one formatter of each kind in the page language, one idle period each', () => {
    warmIntlWhenIdle();
    expect(made).toEqual([]);
    const seen: number[] = [];
    for (let turn = 0; turn < 4; turn++) {
      vi.advanceTimersToNextTimer();
      seen.push(made.length);
    }
    expect(seen).toEqual([1, 2, 3, 3]);
    expect(made).toEqual(['NumberFormat ko', 'DateTimeFormat ko', 'ListFormat ko']);
  });

  it('waits for the load event while the page is loading', () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
    warmIntlWhenIdle();
    vi.runAllTimers();
    expect(made).toEqual([]);
    readyState.mockReturnValue('complete');
    window.dispatchEvent(new Event('load'));
    vi.runAllTimers();
    expect(made).toHaveLength(3);
  });

  it('makes none after it is cancelled, and the rest not once cancelled midway', () => {
    warmIntlWhenIdle()();
    vi.runAllTimers();
    expect(made).toEqual([]);

    const cancel = warmIntlWhenIdle();
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(made).toEqual(['NumberFormat ko']);
  });
});
