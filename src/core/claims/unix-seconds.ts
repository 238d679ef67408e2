/** A JWT NumericDate: seconds since 1970-01-01T00:00:00Z, possibly fractional (RFC 7519 §2). */
export type UnixSeconds = number & { readonly unit: 'unix-seconds' };

/** The largest |seconds| a JS `Date` can hold: ±8.64e15 ms (ECMA-262 §21.4.1.22). */
export const MAX_DATE_SECONDS = 8_640_000_000_000;

/** Seconds in a minute; durations in core are plain numbers of seconds. */
export const SECONDS_PER_MINUTE = 60;

/** Seconds in an hour. */
export const SECONDS_PER_HOUR = 60 * SECONDS_PER_MINUTE;

/** Seconds in a day (UTC, no leap seconds, as NumericDates count them). */
export const SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;

/** Brands a number as seconds since the epoch; does not check that it is finite or in range. */
export function asUnixSeconds(seconds: number): UnixSeconds {
  return seconds as UnixSeconds;
}

/** Converts epoch milliseconds (JS `Date` time) to whole seconds, rounding down; does not check range. */
export function unixSecondsFromMilliseconds(milliseconds: number): UnixSeconds {
  return Math.floor(milliseconds / 1000) as UnixSeconds;
}
