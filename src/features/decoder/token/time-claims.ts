import { isShowableDate, readNumericDate } from '../../../core/claims/read-numeric-date';
import type { UnixSeconds } from '../../../core/claims/unix-seconds';
import { ownMember, type JsonObject } from '../../../core/json/json-value';
import { appendPointerToken } from '../../../core/json/json-pointer';

/**
 * The payload claims the glossary calls NumericDates. Listed here because the glossary is loaded
 * only with the claims table, and the payload pane is painted before it (a test keeps them equal).
 */
export const TIME_CLAIM_NAMES = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe'] as const;

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
