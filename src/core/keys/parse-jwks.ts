import { isJsonObject, type JsonValue } from '../json/json-value';
import { kindOfJson, type KeyError } from './key-error';
import type { KeyNote } from './key-note';
import { parseKeyJson, readJwk, type ParsedJwk } from './parse-jwk';

/** One member of a JWK Set: readable, or the reason it is not (with its index and, if it has a string one, its `kid`). */
export type JwksMember = { index: number; ok: true; jwk: ParsedJwk } | { index: number; ok: false; error: KeyError; kid?: string };

/** The members of a JWK Set, in order, each readable or not. */
export interface ParsedJwks {
  members: JwksMember[];
  notes: KeyNote[];
}

/** A JWK Set's members, or why the text is not a JWK Set. */
export type JwksParsing = { ok: true; jwks: ParsedJwks } | { ok: false; error: KeyError };

/** Returns the members of a JWK Set (RFC 7517 §5), each read or refused on its own; does not select by `kid` or algorithm. */
export function readJwks(value: JsonValue): JwksParsing {
  if (!isJsonObject(value)) {
    return { ok: false, error: { code: 'json-not-object', found: kindOfJson(value) } };
  }
  if (!Object.hasOwn(value, 'keys')) return { ok: false, error: { code: 'jwk-missing-member', member: 'keys' } };
  const keys = value.keys;
  if (!Array.isArray(keys)) return { ok: false, error: { code: 'jwks-keys-not-array' } };
  const members: JwksMember[] = keys.map((key, index) => {
    const parsed = readJwk(key, index);
    if (parsed.ok) return { index, ok: true, jwk: parsed.jwk };
    const kid = isJsonObject(key) ? key.kid : undefined;
    return typeof kid === 'string' ? { index, ok: false, error: parsed.error, kid } : { index, ok: false, error: parsed.error };
  });
  const notes: KeyNote[] = [];
  if (members.some((member) => member.ok && member.jwk.isPrivate)) notes.push('jwks-private-members-ignored');
  if (members.some((member) => !member.ok)) notes.push('jwks-unreadable-members');
  return { ok: true, jwks: { members, notes } };
}

/** Returns a JWK Set from its JSON text, with JSON errors positioned; see `readJwks` for what it does not check. */
export function parseJwks(text: string): JwksParsing {
  const json = parseKeyJson(text);
  return json.ok ? readJwks(json.value) : json;
}
