import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import type { FindingParams } from '../../../core/findings/finding';
import type { MessageValues } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/locales';
import { formatDateTime, formatDuration } from '../claims/format-time';
import type { TimeZoneChoice } from '../page/time-store';

/** The largest |seconds| a JS Date can show. */
const MAX_DATE_SECONDS = 8_640_000_000_000;

/**
 * The message values of a finding: NumericDates (params named `…At`) as dates in the chosen zone,
 * durations (`…Seconds`) in words; everything else as it is.
 */
export function formatFindingParams(params: FindingParams, locale: Locale, zone: TimeZoneChoice): MessageValues {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' && name.endsWith('At') && Math.abs(value) <= MAX_DATE_SECONDS) values[name] = formatDateTime(locale, value as UnixSeconds, zone);
    else if (typeof value === 'number' && name.endsWith('Seconds')) values[name] = formatDuration(locale, value);
    else values[name] = value;
  }
  return values;
}
