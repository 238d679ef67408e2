import { beforeAll, describe, expect, it } from 'vitest';
import { asUnixSeconds } from '../core/claims/unix-seconds';
import { i18n, loadArea } from './i18n';
import { LOCALES } from './locales';
import type { Translate } from './use-t';
import { formatCountdown, formatDateTime, formatDuration, formatRelative, fromDateTimeInputValue, TIME_FORMAT_WARM_UPS, toDateTimeInputValue } from './format-time';

// In the app these texts load with the panes that show times (the `claims` area).
beforeAll(() => loadArea('claims'));

const t: Translate = (key, values) => i18n._(key, values);

describe('formatDuration', () => {
  it.each([
    [0, '0 sec'],
    [12, '12 sec'],
    [60, '1 min'],
    [252, '4 min 12 sec'],
    [-252, '4 min 12 sec'],
    [3_600, '1 hr'],
    [3_660, '1 hr 1 min'],
    [86_400 * 3, '3 days'],
    [86_400 * 3 + 3_600 * 2 + 59, '3 days 2 hr'],
    [86_400 * 365 * 74 + 86_400 * 12, '74 yrs 12 days'],
  ])('%d s in English is "%s"', (seconds, text) => {
    expect(formatDuration('en', seconds)).toBe(text);
  });

  it.each([
    [252, '4분 12초'],
    [86_400 * 3, '3일'],
  ])('%d s in Korean is "%s"', (seconds, text) => {
    expect(formatDuration('ko', seconds)).toBe(text);
  });
});

describe('formatRelative', () => {
  it.each([
    [252, 'in 4 min 12 sec'],
    [-86_400 * 3, '3 days ago'],
    [0, 'now'],
    [0.4, 'now'],
  ])('%d s from now is "%s"', (delta, text) => {
    expect(formatRelative(t, 'en', delta)).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    [0, '0:00'],
    [-5, '0:00'],
    [9, '0:09'],
    [252, '4:12'],
    [251.2, '4:12'],
    [3_723, '1:02:03'],
    [86_400 * 3 + 3_723, '3 days 01:02:03'],
  ])('%d s is "%s"', (seconds, text) => {
    expect(formatCountdown('en', seconds)).toBe(text);
  });
});

describe('formatDateTime', () => {
  it.each([
    [1_767_225_600, 'en', 'Jan 1, 2026, 12:00:00 AM UTC'],
    [0, 'en', 'Jan 1, 1970, 12:00:00 AM UTC'],
    [-86_400, 'en', 'Dec 31, 1969, 12:00:00 AM UTC'],
    [1_767_225_600_000, 'en', 'Feb 25, 57971, 12:00:00 AM UTC'],
  ] as const)('%d in UTC (%s) is "%s"', (seconds, locale, text) => {
    expect(formatDateTime(locale, asUnixSeconds(seconds), 'utc').replace(/\u202f/g, ' ')).toBe(text);
  });

  it('names the zone in local time and never says Invalid Date', () => {
    const text = formatDateTime('en', asUnixSeconds(1_767_225_600), 'local');
    expect(text).toMatch(/2026|2025/);
    expect(text).not.toMatch(/Invalid/);
  });
});

describe('datetime-local values', () => {
  it.each([
    ['2026-01-01T00:00:00', 1_767_225_600],
    ['2026-01-01T00:00', 1_767_225_600],
    ['2026-01-01T00:00:01.900', 1_767_225_601],
  ])('"%s" in UTC is %d', (value, seconds) => {
    expect(fromDateTimeInputValue(value, 'utc')).toBe(seconds);
  });

  it.each(['', 'soon', '2026-13-01T00:00', '10000-01-01T00:00'])('"%s" is not a moment', (value) => {
    expect(fromDateTimeInputValue(value, 'utc')).toBeNull();
  });

  it.each(['utc', 'local'] as const)('round-trips in %s', (zone) => {
    const seconds = asUnixSeconds(1_767_225_601);
    expect(fromDateTimeInputValue(toDateTimeInputValue(seconds, zone), zone)).toBe(seconds);
  });
});

describe('TIME_FORMAT_WARM_UPS', () => {
  it.each(LOCALES)('each warm-up makes its formatters in %s without throwing', (locale) => {
    expect(TIME_FORMAT_WARM_UPS.length).toBeGreaterThan(0);
    for (const warmUp of TIME_FORMAT_WARM_UPS) expect(() => warmUp(locale)).not.toThrow();
  });
});
