import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEachWhenIdle } from './run-each-when-idle';

describe('runEachWhenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the tasks in order, one idle period each, and goes on past one that throws', () => {
    const ran: string[] = [];
    runEachWhenIdle([
      () => ran.push('a'),
      () => {
        throw new Error('no such formatter');
      },
      () => ran.push('c'),
    ]);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.runAllTimers();
    expect(ran).toEqual(['a', 'c']);
  });
});
