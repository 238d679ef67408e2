import type { JsonValue } from '../json/json-value';
import { asUnixSeconds, MAX_DATE_SECONDS, YEAR_3000_SECONDS, type UnixSeconds } from './unix-seconds';

/** Something odd about a NumericDate that is still a number, so it can be compared with the time. */
export type NumericDateNote =
  /** Legal (RFC 7519 §2), but some libraries truncate or reject it. */
  | 'fractional'
  /** Before 1970: legal JSON, almost always a bug. */
  | 'negative'
  /** Past year 3000 read as seconds: probably written in milliseconds. */
  | 'looks-like-milliseconds'
  /** Outside what a JS `Date` can hold (±8.64e12 s): can be compared, not shown as a date. */
  | 'beyond-date-range';

/** Why a value is not a NumericDate at all. */
export type NumericDateProblem =
  | { code: 'string' }
  /** A string of digits: what the number would be if the issuer had not quoted it. */
  | { code: 'numeric-string'; seconds: number }
  | { code: 'boolean' }
  | { code: 'null' }
  | { code: 'array'; length: number }
  | { code: 'object' }
  /** A number too large for a double (e.g. `1e400`), which JSON parsers turn into Infinity. */
  | { code: 'not-finite' };

/** A claim value read as a NumericDate: a usable time with notes, or why it is not one. */
export type NumericDateReading =
  | { ok: true; seconds: UnixSeconds; notes: NumericDateNote[] }
  | { ok: false; problem: NumericDateProblem };

const NUMERIC_STRING = /^\s*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*$/;

/**
 * Reads a JSON value as a NumericDate (RFC 7519 §2: seconds since the epoch), noting odd but usable
 * numbers; does not judge whether the time has passed, and never guesses a unit: milliseconds are flagged, not divided.
 */
export function readNumericDate(value: JsonValue): NumericDateReading {
  if (typeof value === 'number') return readNumber(value);
  if (typeof value === 'string') {
    const number = NUMERIC_STRING.test(value) ? Number(value) : Number.NaN;
    return { ok: false, problem: Number.isFinite(number) ? { code: 'numeric-string', seconds: number } : { code: 'string' } };
  }
  if (typeof value === 'boolean') return { ok: false, problem: { code: 'boolean' } };
  if (value === null) return { ok: false, problem: { code: 'null' } };
  if (Array.isArray(value)) return { ok: false, problem: { code: 'array', length: value.length } };
  return { ok: false, problem: { code: 'object' } };
}

function readNumber(value: number): NumericDateReading {
  if (!Number.isFinite(value)) return { ok: false, problem: { code: 'not-finite' } };
  const notes: NumericDateNote[] = [];
  if (!Number.isInteger(value)) notes.push('fractional');
  if (value < 0) notes.push('negative');
  if (value >= YEAR_3000_SECONDS) notes.push('looks-like-milliseconds');
  if (Math.abs(value) > MAX_DATE_SECONDS) notes.push('beyond-date-range');
  return { ok: true, seconds: asUnixSeconds(value), notes };
}

/** Whether a reading can be shown as a calendar date (a JS `Date` can hold it); does not check the unit. */
export function isShowableDate(reading: NumericDateReading): reading is { ok: true; seconds: UnixSeconds; notes: NumericDateNote[] } {
  return reading.ok && !reading.notes.includes('beyond-date-range');
}
