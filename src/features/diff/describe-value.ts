import type { JsonValue } from '../../core/json/json-value';

/** Characters of a value shown in a row; the rest of a long value is cut, its end marked. */
export const MAX_VALUE_CHARS = 160;

/** A member's value as one line of JSON, cut after `MAX_VALUE_CHARS`; null when the side has no such member. */
export function describeValue(value: JsonValue | undefined): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}
