import { MAX_DATE_SECONDS, type UnixSeconds } from '../../../core/claims/unix-seconds';
import type { EvidenceTerm, FindingParams, Measure, MeasureUnit } from '../../../core/findings/finding';
import { sayPosition } from '../../../i18n/format';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import type { Locale } from '../../../i18n/locales';
import type { Translate } from '../../../i18n/use-t';
import { formatDateTime, formatDuration, type TimeZoneChoice } from '../../../i18n/format-time';

/**
 * The message values of a finding: NumericDates (params named `…At`) as dates in the chosen zone,
 * durations (`…Seconds`) in words, a `position` counted from 1 as everywhere; everything else as it is.
 */
export function formatFindingParams(params: FindingParams, locale: Locale, zone: TimeZoneChoice): MessageValues {
  const say = (name: string, value: string | number): string | number => {
    if (typeof value === 'number' && name.endsWith('At') && Math.abs(value) <= MAX_DATE_SECONDS) return formatDateTime(locale, value as UnixSeconds, zone);
    if (typeof value === 'number' && name.endsWith('Seconds')) return formatDuration(locale, value);
    if (typeof value === 'number' && name === 'position') return sayPosition(value);
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, say(name, value)]));
}

const MEASURE_KEYS: Record<MeasureUnit, MessageKey> = {
  bytes: 'findings.measure.bytes',
  bits: 'findings.measure.bits',
  keys: 'findings.measure.keys',
};

const TERM_KEYS: Record<EvidenceTerm['kind'], MessageKey> = {
  keyType: 'findings.term.keyType',
  keyForm: 'findings.term.keyForm',
  keyFormat: 'findings.term.keyFormat',
  x5cProblem: 'findings.term.x5cProblem',
};

/** A measured quantity in words: the count in the locale's digits with its unit, marked when it is an estimate. */
export function sayMeasure(measure: Measure, t: Translate): string {
  return t(MEASURE_KEYS[measure.unit], { count: measure.count, approximate: measure.approximate ? 'yes' : 'no' });
}

/** What an evidence code names, in words. */
export function sayTerm(term: EvidenceTerm, t: Translate): string {
  return t(TERM_KEYS[term.kind], { code: term.code });
}
