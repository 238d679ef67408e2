import { describe, expect, it } from 'vitest';
import { isShowableDate, readNumericDate } from './read-numeric-date';
import { MAX_DATE_SECONDS, unixSecondsFromMilliseconds } from './unix-seconds';

describe('isShowableDate', () => {
  it.each([
    [1_767_225_600, true],
    [MAX_DATE_SECONDS, true],
    [MAX_DATE_SECONDS + 1, false],
  ])('%d can be shown as a date: %s', (value, showable) => {
    expect(isShowableDate(readNumericDate(value))).toBe(showable);
  });
});

describe('unixSecondsFromMilliseconds', () => {
  it.each([
    [0, 0],
    [999, 0],
    [1_000, 1],
    [1_767_225_600_999, 1_767_225_600],
    [-1, -1],
  ])('%d ms is %d s (rounded down)', (milliseconds, seconds) => {
    expect(unixSecondsFromMilliseconds(milliseconds)).toBe(seconds);
  });
});
