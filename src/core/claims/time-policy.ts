import type { JsonValue } from '../json/json-value';
import { asUnixSeconds, MAX_DATE_SECONDS, SECONDS_PER_MINUTE, unixSecondsFromMilliseconds, type UnixSeconds } from './unix-seconds';

// How `exp`, `nbf` and `iat` are read and judged. The claims table, the time status, the security
// rules and the clock phase all take their numbers and verdicts from here, so they cannot disagree.

/** The leeway on `exp` and `nbf` until the user sets one: none, so both are judged exactly as written (RFC 7519 §4.1.4–4.1.5 leave any leeway to the verifier). */
export const DEFAULT_LEEWAY_SECONDS = 0;

/** How far ahead `iat` may lie before it counts as issued in the future, unless the leeway is larger: five minutes, the clock skew hosts commonly tolerate. */
export const ISSUED_AT_SKEW_SECONDS = 5 * SECONDS_PER_MINUTE;

/**
 * From 1e11 a NumericDate reads as milliseconds: as seconds it is past the year 5138, as milliseconds past 1973-03-03,
 * so every millisecond time of the JWT era crosses it while "never" sentinels in seconds (9999999999, year 2286;
 * 32503680000, year 3000) stay below it.
 */
export const MILLISECONDS_THRESHOLD = 1e11;

/** 9999-12-31T23:59:59Z, the last second a four-digit year names: a value later than this even as milliseconds is neither unit. */
export const YEAR_9999_END_SECONDS = 253_402_300_799;

/** Findings that count from now are rounded to this step and the clock phase turns over with it, so they refresh once a minute, not every second. */
export const CLOCK_STEP_SECONDS = SECONDS_PER_MINUTE;

/** Something odd about a NumericDate that is still a number, so it can be compared with the time. */
export type NumericDateNote =
  /** Legal (RFC 7519 §2), but some libraries truncate or reject it. */
  | 'fractional'
  /** Before 1970: legal JSON, almost always a bug. */
  | 'negative'
  /** At or past MILLISECONDS_THRESHOLD and no later than 9999 once divided by 1000: probably written in milliseconds. */
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
  if (readAsMilliseconds(value) !== null) notes.push('looks-like-milliseconds');
  if (Math.abs(value) > MAX_DATE_SECONDS) notes.push('beyond-date-range');
  return { ok: true, seconds: asUnixSeconds(value), notes };
}

/** The seconds a number means if it was written in milliseconds, when it looks so (see `looks-like-milliseconds`); null otherwise. Does not check that it is a NumericDate. */
export function readAsMilliseconds(value: number): UnixSeconds | null {
  if (!(value >= MILLISECONDS_THRESHOLD)) return null;
  const seconds = unixSecondsFromMilliseconds(value);
  return seconds <= YEAR_9999_END_SECONDS ? seconds : null;
}

/** The leeway actually applied: negative counts as 0, a non-number as the default; does not cap a large one. */
export function normaliseLeeway(leewaySeconds: number): number {
  return Math.max(0, Number.isFinite(leewaySeconds) ? leewaySeconds : DEFAULT_LEEWAY_SECONDS);
}

/** The usable `exp`, `nbf` and `iat` of a token (NumericDates), null where absent or not a NumericDate. */
export interface TimeBounds {
  expiresAt: UnixSeconds | null;
  notBefore: UnixSeconds | null;
  issuedAt: UnixSeconds | null;
}

/** The verdicts on a token's time claims at one moment; every flag is false when its claim is null. */
export interface TimeJudgement {
  /** The leeway applied to `exp` and `nbf`, normalised. */
  leewaySeconds: number;
  /** How far ahead `iat` may lie: the iat skew or the leeway, whichever is larger. */
  issuedAtSkewSeconds: number;
  /** now ≥ exp: at or past expiry, leeway aside. */
  pastExpiry: boolean;
  /** now ≥ exp + leeway: expired even with the leeway. */
  expired: boolean;
  /** now < nbf: before the start, leeway aside. */
  beforeStart: boolean;
  /** now < nbf − leeway: not yet valid even with the leeway. */
  notYetValid: boolean;
  /** iat > now + skew: issued in the future beyond the tolerated skew. */
  issuedInFuture: boolean;
}

/**
 * Judges `exp`, `nbf` and `iat` at `nowSeconds` (RFC 7519 §4.1.4–4.1.6: expired once now ≥ exp + leeway,
 * not yet valid while now < nbf − leeway); does not check their order, units, the signature or any other claim.
 */
export function judgeTimeBounds(bounds: TimeBounds, nowSeconds: UnixSeconds, leewaySeconds: number): TimeJudgement {
  const leeway = normaliseLeeway(leewaySeconds);
  const skew = Math.max(ISSUED_AT_SKEW_SECONDS, leeway);
  const { expiresAt: exp, notBefore: nbf, issuedAt: iat } = bounds;
  return {
    leewaySeconds: leeway,
    issuedAtSkewSeconds: skew,
    pastExpiry: exp !== null && nowSeconds >= exp,
    expired: exp !== null && nowSeconds >= exp + leeway,
    beforeStart: nbf !== null && nowSeconds < nbf,
    notYetValid: nbf !== null && nowSeconds < nbf - leeway,
    issuedInFuture: iat !== null && iat > nowSeconds + skew,
  };
}

/** Which start `exp` is not after; either one means no moment exists when the token is valid. Does not need the clock. */
export interface WindowOrder {
  expNotAfterIat: boolean;
  expNotAfterNbf: boolean;
}

/** Compares `exp` with `iat` and `nbf` (a token is valid from the later of them until exp); false where a claim is null. */
export function readWindowOrder({ expiresAt: exp, notBefore: nbf, issuedAt: iat }: TimeBounds): WindowOrder {
  return {
    expNotAfterIat: exp !== null && iat !== null && exp <= iat,
    expNotAfterNbf: exp !== null && nbf !== null && exp <= nbf,
  };
}

/** Seconds from `nowSeconds` to `expiresAt`, rounded down to the clock step so a message built on it does not tick; negative once past. */
export function readRemainingSeconds(expiresAt: UnixSeconds, nowSeconds: UnixSeconds): number {
  const remaining = expiresAt - nowSeconds;
  // Subtracting the remainder never leaves the double range, where floor(x / step) * step can round up to Infinity.
  return remaining - (((remaining % CLOCK_STEP_SECONDS) + CLOCK_STEP_SECONDS) % CLOCK_STEP_SECONDS);
}
