import { isTimeClaim } from '../claims/time-claim-names';
import { readNumericDate } from '../claims/time-policy';
import type { JsonValue } from '../json/json-value';

/**
 * Returns how many seconds later the right value of a time claim is than the left (negative when
 * earlier), or null when the claim is no time claim or either value is not a NumericDate. Does not
 * judge either time against now.
 */
export function readTimeDelta(name: string, left: JsonValue, right: JsonValue): number | null {
  if (!isTimeClaim(name)) return null;
  const before = readNumericDate(left);
  const after = readNumericDate(right);
  return before.ok && after.ok ? after.seconds - before.seconds : null;
}
