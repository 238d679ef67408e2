/** A JWT NumericDate: seconds since 1970-01-01T00:00:00Z, possibly fractional (RFC 7519 §2). */
export type UnixSeconds = number & { readonly unit: 'unix-seconds' };

/** The largest |seconds| a JS `Date` can hold: ±8.64e15 ms (ECMA-262 §21.4.1.22). */
export const MAX_DATE_SECONDS = 8_640_000_000_000;

/** 3000-01-01T00:00:00Z in seconds: a NumericDate beyond it was almost certainly written in milliseconds. */
export const YEAR_3000_SECONDS = 32_503_680_000;

/** Brands a number as seconds since the epoch; does not check that it is finite or in range. */
export function asUnixSeconds(seconds: number): UnixSeconds {
  return seconds as UnixSeconds;
}

/** Converts epoch milliseconds (JS `Date` time) to whole seconds, rounding down; does not check range. */
export function unixSecondsFromMilliseconds(milliseconds: number): UnixSeconds {
  return Math.floor(milliseconds / 1000) as UnixSeconds;
}
