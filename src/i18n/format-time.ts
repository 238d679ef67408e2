import { asUnixSeconds, unixSecondsFromMilliseconds, type UnixSeconds } from '../core/claims/unix-seconds';
import type { Locale } from './locales';
import type { Translate } from './use-t';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

type DurationUnit = 'year' | 'day' | 'hour' | 'minute' | 'second';

/** How dates are shown: in the browser's time zone or in UTC. */
export type TimeZoneChoice = 'local' | 'utc';

const unitFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatUnit(locale: Locale, unit: DurationUnit, value: number): string {
  const cacheKey = `${locale}:${unit}`;
  let format = unitFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 0 });
    unitFormats.set(cacheKey, format);
  }
  return format.format(value);
}

/**
 * A length of time in its two largest units, rounded down: "4 min 12 sec", "3 days 2 hr", "74 yr 12
 * days" (a year is 365 days here: it reads well and no date arithmetic is needed). The sign is ignored.
 */
export function formatDuration(locale: Locale, seconds: number): string {
  const total = Math.floor(Math.abs(seconds));
  const [big, bigSize, small, smallSize]: [DurationUnit, number, DurationUnit, number] =
    total >= YEAR ? ['year', YEAR, 'day', DAY]
    : total >= DAY ? ['day', DAY, 'hour', HOUR]
    : total >= HOUR ? ['hour', HOUR, 'minute', MINUTE]
    : total >= MINUTE ? ['minute', MINUTE, 'second', 1]
    : ['second', 1, 'second', 1];
  const bigCount = Math.floor(total / bigSize);
  const smallCount = Math.floor((total - bigCount * bigSize) / smallSize);
  if (big === small || smallCount === 0) return formatUnit(locale, big, bigCount);
  return `${formatUnit(locale, big, bigCount)} ${formatUnit(locale, small, smallCount)}`;
}

/** "in 4 min 12 sec", "3 days ago" or "now", for a moment `deltaSeconds` after (positive) or before now. */
export function formatRelative(t: Translate, locale: Locale, deltaSeconds: number): string {
  if (Math.abs(deltaSeconds) < 1) return t('claims.time.now');
  const duration = formatDuration(locale, deltaSeconds);
  return deltaSeconds > 0 ? t('claims.time.future', { duration }) : t('claims.time.past', { duration });
}

/** A ticking clock face for a remaining time: "4:12", "1:02:03", "3 days 01:02:03". Negative counts as 0. */
export function formatCountdown(locale: Locale, seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds));
  const days = Math.floor(total / DAY);
  const hours = Math.floor((total % DAY) / HOUR);
  const minutes = Math.floor((total % HOUR) / MINUTE);
  const secs = total % MINUTE;
  const two = (value: number) => String(value).padStart(2, '0');
  if (days > 0) return `${formatUnit(locale, 'day', days)} ${two(hours)}:${two(minutes)}:${two(secs)}`;
  if (hours > 0) return `${hours}:${two(minutes)}:${two(secs)}`;
  return `${minutes}:${two(secs)}`;
}

/** A NumericDate as a date and time in the locale's words, in local time or UTC, with the zone named. */
export function formatDateTime(locale: Locale, seconds: UnixSeconds, zone: TimeZoneChoice): string {
  const cacheKey = `${locale}:${zone}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone: zone === 'utc' ? 'UTC' : undefined });
    dateFormats.set(cacheKey, format);
  }
  return format.format(new Date(seconds * 1000));
}

/** The value of an `<input type="datetime-local">` for a moment, read in local time or UTC. */
export function toDateTimeInputValue(seconds: UnixSeconds, zone: TimeZoneChoice): string {
  const date = new Date(seconds * 1000);
  if (zone === 'utc') return date.toISOString().slice(0, 19);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Reads an `<input type="datetime-local">` value as a moment in local time or UTC; null when it is not one. */
export function fromDateTimeInputValue(value: string, zone: TimeZoneChoice): UnixSeconds | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)) return null;
  const milliseconds = new Date(zone === 'utc' ? `${value}Z` : value).getTime();
  return Number.isNaN(milliseconds) ? null : unixSecondsFromMilliseconds(milliseconds);
}

/**
 * Makes and keeps the formatters a token's times use (each duration unit, a local date), one task
 * each, so a page can run them while idle and the first paste finds them made. Returns nothing.
 */
export const TIME_FORMAT_WARM_UPS: readonly ((locale: Locale) => void)[] = [
  (locale) => [YEAR + DAY, DAY + HOUR, HOUR + MINUTE, MINUTE + 1].forEach((seconds) => formatDuration(locale, seconds)),
  (locale) => formatDateTime(locale, asUnixSeconds(0), 'local'),
];
