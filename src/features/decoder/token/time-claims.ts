import { isShowableDate, readNumericDate } from '../../../core/claims/read-numeric-date';
import { TIME_CLAIM_NAMES } from '../../../core/claims/time-claim-names';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { ownMember, type JsonObject } from '../../../core/json/json-value';
import { appendPointerToken } from '../../../core/json/json-pointer';

/** The top-level time claims of a payload that read as showable dates, by their JSON Pointer. */
export function readTimeClaimPointers(payload: JsonObject | null): Map<string, UnixSeconds> {
  const dates = new Map<string, UnixSeconds>();
  if (!payload) return dates;
  for (const name of TIME_CLAIM_NAMES) {
    const value = ownMember(payload, name);
    if (typeof value !== 'number') continue;
    const reading = readNumericDate(value);
    if (isShowableDate(reading)) dates.set(appendPointerToken('', name), reading.seconds);
  }
  return dates;
}
