import { ownMember, type JsonObject } from '../../../../core/json/json-value';

/** A string member of the header or payload, or null when absent or not a string. */
export function readStringMember(object: JsonObject | null, name: string): string | null {
  const value = object === null ? undefined : ownMember(object, name);
  return typeof value === 'string' ? value : null;
}
