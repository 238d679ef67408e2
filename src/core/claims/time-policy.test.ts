import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json/json-value';
import {
  ISSUED_AT_SKEW_SECONDS,
  judgeTimeBounds,
  MILLISECONDS_THRESHOLD,
  normaliseLeeway,
  readAsMilliseconds,
  readNumericDate,
  readRemainingSeconds,
  readWindowOrder,
  YEAR_9999_END_SECONDS,
  type NumericDateReading,
  type TimeBounds,
  type TimeJudgement,
} from './time-policy';
import { asUnixSeconds, MAX_DATE_SECONDS } from './unix-seconds';

const NOW = asUnixSeconds(1_767_225_600); // 2026-01-01T00:00:00Z
const at = (offset: number) => asUnixSeconds(NOW + offset);
const ok = (seconds: number, ...notes: string[]): NumericDateReading => ({ ok: true, seconds: asUnixSeconds(seconds), notes } as NumericDateReading);
const YEAR_3000_SECONDS = 32_503_680_000;

describe('readNumericDate', () => {
  it.each<[string, JsonValue, NumericDateReading]>([
    ['an integer', 1_767_225_600, ok(1_767_225_600)],
    ['zero (the epoch)', 0, ok(0)],
    ['a fraction of a second (legal, flagged)', 1_767_225_600.5, ok(1_767_225_600.5, 'fractional')],
    ['a negative time', -86_400, ok(-86_400, 'negative')],
    ['the 9999999999 "never" sentinel (2286)', 9_999_999_999, ok(9_999_999_999)],
    ['year 3000 in seconds (a "never" sentinel too)', YEAR_3000_SECONDS, ok(YEAR_3000_SECONDS)],
    ['5e10 (year 3554 as seconds, 1971 as milliseconds)', 5e10, ok(5e10)],
    ['the last second below the milliseconds threshold', MILLISECONDS_THRESHOLD - 1, ok(MILLISECONDS_THRESHOLD - 1)],
    ['the milliseconds threshold', MILLISECONDS_THRESHOLD, ok(MILLISECONDS_THRESHOLD, 'looks-like-milliseconds')],
    ['milliseconds where seconds are meant', 1_767_225_600_000, ok(1_767_225_600_000, 'looks-like-milliseconds')],
    ['the largest time a Date can show', MAX_DATE_SECONDS, ok(MAX_DATE_SECONDS, 'looks-like-milliseconds')],
    ['beyond what a Date can show', MAX_DATE_SECONDS + 1, ok(MAX_DATE_SECONDS + 1, 'looks-like-milliseconds', 'beyond-date-range')],
    ['the last millisecond of 9999', YEAR_9999_END_SECONDS * 1000 + 999, ok(YEAR_9999_END_SECONDS * 1000 + 999, 'looks-like-milliseconds', 'beyond-date-range')],
    ['microseconds (past 9999 even as milliseconds)', 1_767_225_600_000_000, ok(1_767_225_600_000_000, 'beyond-date-range')],
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
    ['a quoted NaN', 'NaN', { ok: false, problem: { code: 'string' } }],
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

  it('reads what JSON.parse gives for an overflowing number', () => {
    expect(readNumericDate(JSON.parse('1e400') as number)).toEqual({ ok: false, problem: { code: 'not-finite' } });
  });
});

describe('readAsMilliseconds', () => {
  it.each<[string, number, number | null]>([
    ['seconds of today', 1_767_225_600, null],
    ['year 3000 in seconds', YEAR_3000_SECONDS, null],
    ['just below the threshold', MILLISECONDS_THRESHOLD - 1, null],
    ['the threshold (1973-03-03 as milliseconds)', MILLISECONDS_THRESHOLD, 100_000_000],
    ['milliseconds of today, rounded down', 1_767_225_600_999, 1_767_225_600],
    ['the last millisecond of 9999', YEAR_9999_END_SECONDS * 1000 + 999, YEAR_9999_END_SECONDS],
    ['past 9999 even as milliseconds', (YEAR_9999_END_SECONDS + 1) * 1000, null],
    ['negative', -1_767_225_600_000, null],
    ['Infinity', Number.POSITIVE_INFINITY, null],
    ['NaN', Number.NaN, null],
  ])('%s', (_label, value, seconds) => {
    expect(readAsMilliseconds(value)).toBe(seconds);
  });
});

describe('normaliseLeeway', () => {
  it.each([
    [0, 0],
    [60, 60],
    [0.5, 0.5],
    [-100, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('a leeway of %d applies as %d', (given, applied) => {
    expect(normaliseLeeway(given)).toBe(applied);
  });
});

describe('judgeTimeBounds', () => {
  const bounds = (partial: Partial<TimeBounds>): TimeBounds => ({ expiresAt: null, notBefore: null, issuedAt: null, ...partial });
  it.each<[string, Partial<TimeBounds>, number, Partial<TimeJudgement>]>([
    ['nothing to judge', {}, 0, { pastExpiry: false, expired: false, beforeStart: false, notYetValid: false, issuedInFuture: false }],
    ['exp ahead', { expiresAt: at(1) }, 0, { pastExpiry: false, expired: false }],
    ['exp exactly now (valid only before exp)', { expiresAt: at(0) }, 0, { pastExpiry: true, expired: true }],
    ['exp passed within the leeway', { expiresAt: at(-30) }, 60, { pastExpiry: true, expired: false }],
    ['exp passed by exactly the leeway', { expiresAt: at(-60) }, 60, { pastExpiry: true, expired: true }],
    ['nbf exactly now (valid from nbf on)', { notBefore: at(0) }, 0, { beforeStart: false, notYetValid: false }],
    ['nbf ahead', { notBefore: at(1) }, 0, { beforeStart: true, notYetValid: true }],
    ['nbf ahead within the leeway', { notBefore: at(30) }, 60, { beforeStart: true, notYetValid: false }],
    ['nbf ahead by exactly the leeway', { notBefore: at(60) }, 60, { beforeStart: true, notYetValid: false }],
    ['iat ahead within the skew', { issuedAt: at(ISSUED_AT_SKEW_SECONDS) }, 0, { issuedInFuture: false, issuedAtSkewSeconds: ISSUED_AT_SKEW_SECONDS }],
    ['iat ahead beyond the skew', { issuedAt: at(ISSUED_AT_SKEW_SECONDS + 1) }, 0, { issuedInFuture: true }],
    ['iat ahead beyond the skew, within a larger leeway', { issuedAt: at(500) }, 600, { issuedInFuture: false, issuedAtSkewSeconds: 600 }],
    ['a negative leeway counts as none', { expiresAt: at(-1) }, -100, { expired: true, leewaySeconds: 0 }],
  ])('%s', (_label, partial, leewaySeconds, expected) => {
    expect(judgeTimeBounds(bounds(partial), NOW, leewaySeconds)).toMatchObject(expected);
  });
});

describe('readWindowOrder', () => {
  it.each<[string, TimeBounds, { expNotAfterIat: boolean; expNotAfterNbf: boolean }]>([
    ['exp after both', { expiresAt: at(10), notBefore: at(0), issuedAt: at(0) }, { expNotAfterIat: false, expNotAfterNbf: false }],
    ['exp equal to iat', { expiresAt: at(0), notBefore: null, issuedAt: at(0) }, { expNotAfterIat: true, expNotAfterNbf: false }],
    ['exp before nbf', { expiresAt: at(5), notBefore: at(10), issuedAt: null }, { expNotAfterIat: false, expNotAfterNbf: true }],
    ['exp after nbf but before iat (issued after it ended)', { expiresAt: at(5), notBefore: at(0), issuedAt: at(10) }, { expNotAfterIat: true, expNotAfterNbf: false }],
    ['no exp', { expiresAt: null, notBefore: at(10), issuedAt: at(10) }, { expNotAfterIat: false, expNotAfterNbf: false }],
  ])('%s', (_label, given, expected) => {
    expect(readWindowOrder(given)).toEqual(expected);
  });
});

describe('readRemainingSeconds', () => {
  it.each([
    [3_600, 3_600],
    [3_659, 3_600],
    [59, 0],
    [0, 0],
    [-1, -60],
    [-60, -60],
    [-61, -120],
    [30.5, 0],
    [-0.5, -60],
  ])('%d s to exp reads as %d', (toExpiry, remaining) => {
    expect(readRemainingSeconds(at(toExpiry), NOW)).toBe(remaining);
  });

  // Found by the rules fuzz test: an exp of the largest double read as Infinity seconds left.
  it('stays finite for the largest exp a double can hold', () => {
    expect(Number.isFinite(readRemainingSeconds(asUnixSeconds(Number.MAX_VALUE), NOW))).toBe(true);
  });
});
