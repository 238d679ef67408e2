import { describe, expect, it } from 'vitest';
import { runAfterPaint } from './run-after-paint';

const nextFrameThenTask = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));

describe('runAfterPaint', () => {
  it('runs the task after the next frame, not before', async () => {
    const ran: string[] = [];
    runAfterPaint(() => ran.push('task'));
    await Promise.resolve();
    expect(ran).toEqual([]);
    await nextFrameThenTask();
    expect(ran).toEqual(['task']);
  });

  it.each([
    ['before the frame', () => Promise.resolve()],
    ['between the frame and the task', () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))],
  ])('never runs a task cancelled %s', async (_when, wait) => {
    const ran: string[] = [];
    const cancel = runAfterPaint(() => ran.push('task'));
    await wait();
    cancel();
    await nextFrameThenTask();
    expect(ran).toEqual([]);
  });
});
