export type JsonValue = string | number | boolean | null | JsonValue[] | { [member: string]: JsonValue };
export type JsonObject = { [member: string]: JsonValue };

/**
 * Returns member `name` of a JSON object when the object itself has it, else undefined; never a
 * member of Object.prototype (`constructor`, `toString`, `__proto__`), whatever text `name` holds.
 */
export function ownMember(object: JsonObject, name: string): JsonValue | undefined {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}

/** Returns whether a value is a JSON object (not null, not an array); does not look at its members. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
