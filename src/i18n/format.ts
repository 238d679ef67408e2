import type { Locale } from './locales';

/** A number in the locale's digits and grouping. */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A byte count with the unit chosen for reading (B, kB, MB), in the locale's number format. */
export function formatByteSize(locale: Locale, bytes: number): string {
  if (bytes < 1000) return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  const [unit, divisor] = bytes < 1_000_000 ? (['kilobyte', 1000] as const) : (['megabyte', 1_000_000] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    bytes / divisor,
  );
}

/**
 * A character position as a message shows it: core positions are offsets from 0, people count
 * characters from 1. Every message parameter named `position` goes through here.
 */
export function sayPosition(offset: number): number {
  return offset + 1;
}
