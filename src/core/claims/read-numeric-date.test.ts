import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json/json-value';
import { isShowableDate, readNumericDate, type NumericDateReading } from './read-numeric-date';
import { asUnixSeconds, MAX_DATE_SECONDS, unixSecondsFromMilliseconds, YEAR_3000_SECONDS } from './unix-seconds';

const ok = (seconds: number, ...notes: string[]): NumericDateReading => ({ ok: true, seconds: asUnixSeconds(seconds), notes } as NumericDateReading);

describe('readNumericDate', () => {
  it.each<[string, JsonValue, NumericDateReading]>([
    ['an integer', 1_767_225_600, ok(1_767_225_600)],
    ['zero (the epoch)', 0, ok(0)],
    ['a fraction of a second (legal, flagged)', 1_767_225_600.5, ok(1_767_225_600.5, 'fractional')],
    ['a negative time', -86_400, ok(-86_400, 'negative')],
    ['the last second before year 3000', YEAR_3000_SECONDS - 1, ok(YEAR_3000_SECONDS - 1)],
    ['year 3000 exactly', YEAR_3000_SECONDS, ok(YEAR_3000_SECONDS, 'looks-like-milliseconds')],
    ['milliseconds where seconds are meant', 1_767_225_600_000, ok(1_767_225_600_000, 'looks-like-milliseconds')],
    ['the largest time a Date can show', MAX_DATE_SECONDS, ok(MAX_DATE_SECONDS, 'looks-like-milliseconds')],
    ['beyond what a Date can show', MAX_DATE_SECONDS + 1, ok(MAX_DATE_SECONDS + 1, 'looks-like-milliseconds', 'beyond-date-range')],
    ['microseconds', 1_767_225_600_000_000, ok(1_767_225_600_000_000, 'looks-like-milliseconds', 'beyond-date-range')],
    ['far before 1970', -MAX_DATE_SECONDS - 1, ok(-MAX_DATE_SECONDS - 1, 'negative', 'beyond-date-range')],
    ['a negative fraction', -0.5, ok(-0.5, 'fractional', 'negative')],
  ])('%s is a usable time', (_label, value, expected) => {
    expect(readNumericDate(value)).toEqual(expected);
  });

  it.each<[string, JsonValue, NumericDateReading]>([
    ['a date string', '2026-01-01T00:00:00Z', { ok: false, problem: { code: 'string' } }],
    ['an empty string', '', { ok: false, problem: { code: 'string' } }],
    ['a quoted number', '1767225600', { ok: false, problem: { code: 'numeric-string', seconds: 1_767_225_600 } }],
    ['a quoted negative fraction', ' -1.5 ', { ok: false, problem: { code: 'numeric-string', seconds: -1.5 } }],
    ['a quoted hex number', '0x10', { ok: false, problem: { code: 'string' } }],
    ['a quoted number too large for a double', `1e999`, { ok: false, problem: { code: 'string' } }],
    ['a boolean', true, { ok: false, problem: { code: 'boolean' } }],
    ['null', null, { ok: false, problem: { code: 'null' } }],
    ['an array of one time', [1_767_225_600], { ok: false, problem: { code: 'array', length: 1 } }],
    ['an empty array', [], { ok: false, problem: { code: 'array', length: 0 } }],
    ['an object', { seconds: 1 }, { ok: false, problem: { code: 'object' } }],
    ['Infinity (what JSON.parse makes of 1e400)', Number.POSITIVE_INFINITY, { ok: false, problem: { code: 'not-finite' } }],
    ['NaN', Number.NaN, { ok: false, problem: { code: 'not-finite' } }],
  ])('%s is not a NumericDate', (_label, value, expected) => {
    expect(readNumericDate(value)).toEqual(expected);
  });

  it.each([
    [1_767_225_600, true],
    [MAX_DATE_SECONDS, true],
    [MAX_DATE_SECONDS + 1, false],
  ])('%d can be shown as a date: %s', (value, showable) => {
    expect(isShowableDate(readNumericDate(value))).toBe(showable);
  });

  it('reads what JSON.parse gives for an overflowing number', () => {
    expect(readNumericDate(JSON.parse('1e400') as number)).toEqual({ ok: false, problem: { code: 'not-finite' } });
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
