import type { JsonValue } from '../json/json-value';

/** Returns a value's text as a key: members sorted by name, so two objects with the same members read alike. */
export type CanonicalJson = (value: JsonValue) => string;

/**
 * Returns a function that writes JSON values canonically (members sorted, no whitespace), remembering
 * each object and array it wrote so nested containers are written once however often they are asked
 * for. Does not keep number lexemes: `1.0` and `1` read alike, as they do once parsed.
 */
export function createCanonicalJson(): CanonicalJson {
  const written = new WeakMap<object, string>();
  const write = (value: JsonValue): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const known = written.get(value);
    if (known !== undefined) return known;
    const text = Array.isArray(value)
      ? `[${value.map(write).join(',')}]`
      : `{${Object.entries(value)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([name, member]) => `${JSON.stringify(name)}:${write(member)}`)
          .join(',')}}`;
    written.set(value, text);
    return text;
  };
  return write;
}
