import { afterEach, describe, expect, it } from 'vitest';
import { asUnixSeconds } from '../../../core/claims/unix-seconds';
import { createTimeStore } from './time-store';

describe('time store', () => {
  afterEach(() => window.localStorage.clear());

  it('starts live, with no leeway, in local time', () => {
    expect(createTimeStore().getState()).toMatchObject({ pinnedSeconds: null, leewaySeconds: 0, timeZone: 'local' });
  });

  it('pins a moment and follows the clock again', () => {
    const store = createTimeStore();
    store.getState().evaluateAt(asUnixSeconds(1_767_225_600));
    expect(store.getState().pinnedSeconds).toBe(1_767_225_600);
    store.getState().followNow();
    expect(store.getState().pinnedSeconds).toBeNull();
  });

  it.each([
    [30, 30],
    [0.5, 0.5],
    [-5, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('a leeway of %d is kept as %d', (seconds, kept) => {
    const store = createTimeStore();
    store.getState().setLeeway(seconds);
    expect(store.getState().leewaySeconds).toBe(kept);
  });

  it('remembers the time zone choice as a UI preference, and only that', () => {
    const store = createTimeStore();
    store.getState().chooseTimeZone('utc');
    store.getState().evaluateAt(asUnixSeconds(1));
    store.getState().setLeeway(60);
    expect({ ...window.localStorage }).toEqual({ 'jwt-inspector.timeZone': 'utc' });
    expect(createTimeStore().getState().timeZone).toBe('utc');
  });
});
