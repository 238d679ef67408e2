import type { NumericDateNote, NumericDateReading } from './time-policy';
import type { UnixSeconds } from './unix-seconds';

// The reading belongs to the time policy, so the table and the rules cannot read a value two ways;
// these names stay importable from here for the views that already do.
export { readNumericDate, type NumericDateNote, type NumericDateProblem, type NumericDateReading } from './time-policy';

/** Whether a reading can be shown as a calendar date (a JS `Date` can hold it); does not check the unit. */
export function isShowableDate(reading: NumericDateReading): reading is { ok: true; seconds: UnixSeconds; notes: NumericDateNote[] } {
  return reading.ok && !reading.notes.includes('beyond-date-range');
}
