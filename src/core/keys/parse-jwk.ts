import { decodeBase64Url } from '../encoding/base64url';
import { isJsonObject, ownMember, type JsonObject, type JsonValue } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { countBits, toBigInt } from './der';
import { kindOfJson, type KeyError } from './key-error';
import { isMlDsaName, type KeyInfo } from './key-info';

/** A JWK whose members have the right types for its `kty`. */
export interface ParsedJwk {
  /** The object as pasted. */
  jwk: JsonObject;
  /** The same without private parameters (`d`, `p`, …); for `oct` keys, the same as `jwk`. */
  publicJwk: JsonObject;
  kty: string;
  keyInfo: KeyInfo;
  isPrivate: boolean;
  kid?: string;
  use?: string;
  keyOps?: string[];
  alg?: string;
}

/** A readable JWK, or the KeyError saying which member is wrong. */
export type JwkParsing = { ok: true; jwk: ParsedJwk } | { ok: false; error: KeyError };

/** Key text's JSON value, or the positioned JSON error. */
export type KeyJsonParsing = { ok: true; value: JsonValue } | { ok: false; error: KeyError };

/** JWK and JWKS nest four levels at most (`oth` in RSA keys); deeper text is refused early. */
export const MAX_KEY_JSON_DEPTH = 16;

/** RFC 7517/7518 private parameters, per key type; a Map, since `kty` is the key's own text. */
const PRIVATE_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['RSA', ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']],
  ['EC', ['d']],
  ['OKP', ['d']],
  ['AKP', ['priv']],
]);

/** Every private parameter of any key type: what a JWK without a readable `kty` is checked for. */
const ANY_PRIVATE_MEMBERS: readonly string[] = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'];

/** Returns the private parameters of a key type (RFC 7517/7518, RFC 8037), none for a type we do not know. */
export function privateMembersOf(kty: string): readonly string[] {
  return PRIVATE_MEMBERS.get(kty) ?? [];
}

/** Members required by RFC 7518 §6 and RFC 8037 §2, per key type. */
const REQUIRED_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['RSA', ['n', 'e']],
  ['EC', ['crv', 'x', 'y']],
  ['OKP', ['crv', 'x']],
  ['oct', ['k']],
  ['AKP', ['pub']],
]);

const BASE64URL_MEMBERS = new Set(['n', 'e', 'x', 'y', 'k', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'pub', 'priv']);

/** Returns whether a JSON object has any private JWK parameter for its `kty` (any kty when absent). */
export function hasPrivateMembers(jwk: JsonObject): boolean {
  const kty = typeof jwk.kty === 'string' ? jwk.kty : undefined;
  const members = kty === undefined ? ANY_PRIVATE_MEMBERS : privateMembersOf(kty);
  return members.some((member) => Object.hasOwn(jwk, member));
}

/**
 * Returns the JSON value of key text (whitespace around it ignored, as pasted keys carry it), or a
 * syntax error positioned in the text as given; refuses nesting deeper than a key needs.
 */
export function parseKeyJson(text: string): KeyJsonParsing {
  const parsed = parseJson(text.trim(), MAX_KEY_JSON_DEPTH);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const leading = text.length - text.trimStart().length;
  return { ok: false, error: { ...parsed.error, position: parsed.error.position + leading } };
}

function withIndex<T extends KeyError>(error: T, index: number | undefined): T {
  return index === undefined ? error : { ...error, index };
}

/** Returns the bytes of a base64url member of a JWK (`n`, `x`, `k`, …), or null when it is absent, not a string or not base64url; does not check its length. */
export function readJwkBytes(jwk: JsonObject, member: string): Uint8Array | null {
  const value = ownMember(jwk, member);
  if (typeof value !== 'string') return null;
  const decoded = decodeBase64Url(value);
  return decoded.ok ? decoded.bytes : null;
}

function decodeMember(jwk: JsonObject, member: string, index: number | undefined): { ok: true; bytes: Uint8Array } | { ok: false; error: KeyError } {
  const value = ownMember(jwk, member);
  if (typeof value !== 'string') return { ok: false, error: withIndex({ code: 'jwk-member-type', member, expected: 'string' }, index) };
  const decoded = decodeBase64Url(value);
  if (!decoded.ok) {
    const position = decoded.error.code === 'base64-invalid-character' ? decoded.error.position : value.length;
    return { ok: false, error: withIndex({ code: 'jwk-member-not-base64url', member, position }, index) };
  }
  return { ok: true, bytes: decoded.bytes };
}

function describeJwk(jwk: JsonObject, kty: string, decoded: Map<string, Uint8Array>): KeyInfo {
  switch (kty) {
    case 'RSA': {
      const modulus = decoded.get('n') ?? new Uint8Array();
      const exponent = decoded.get('e') ?? new Uint8Array();
      return { type: 'rsa', modulusBits: countBits(modulus), publicExponent: toBigInt(exponent) };
    }
    case 'EC':
      return { type: 'ec', curve: typeof jwk.crv === 'string' ? jwk.crv : '' };
    case 'OKP':
      return { type: 'okp', curve: typeof jwk.crv === 'string' ? jwk.crv : '' };
    case 'oct':
      return { type: 'oct', byteLength: decoded.get('k')?.length ?? 0 };
    case 'AKP':
      // The draft for ML-DSA in JOSE makes `alg` name the parameter set of an AKP key.
      return { type: 'other', algorithm: isMlDsaName(jwk.alg) ? jwk.alg : kty };
    default:
      return { type: 'other', algorithm: kty };
  }
}

/**
 * Returns a JWK whose members have the types RFC 7517/7518 require for its `kty` (missing members
 * named), with its key size or curve; does not check `use`/`key_ops`/`alg` against an algorithm,
 * nor that the numbers form a valid key (WebCrypto does at import).
 */
export function readJwk(value: JsonValue, index?: number): JwkParsing {
  if (!isJsonObject(value)) {
    return index === undefined
      ? { ok: false, error: { code: 'json-not-object', found: kindOfJson(value) } }
      : { ok: false, error: { code: 'jwk-member-type', member: `keys/${index}`, expected: 'object' } };
  }
  const jwk = value;
  const fail = (error: KeyError): JwkParsing => ({ ok: false, error: withIndex(error, index) });
  if (!Object.hasOwn(jwk, 'kty')) return fail({ code: 'jwk-missing-member', member: 'kty' });
  const kty = jwk.kty;
  if (typeof kty !== 'string') return fail({ code: 'jwk-member-type', member: 'kty', expected: 'string' });

  for (const member of ['use', 'alg', 'crv']) {
    if (Object.hasOwn(jwk, member) && typeof jwk[member] !== 'string') return fail({ code: 'jwk-member-type', member, expected: 'string' });
  }
  if (Object.hasOwn(jwk, 'ext') && typeof jwk.ext !== 'boolean') return fail({ code: 'jwk-member-type', member: 'ext', expected: 'boolean' });
  const keyOps = jwk.key_ops;
  if (keyOps !== undefined && (!Array.isArray(keyOps) || keyOps.some((operation) => typeof operation !== 'string'))) {
    return fail({ code: 'jwk-member-type', member: 'key_ops', expected: 'string-array' });
  }

  for (const member of REQUIRED_MEMBERS.get(kty) ?? []) {
    if (!Object.hasOwn(jwk, member)) return fail({ code: 'jwk-missing-member', member });
  }
  const decoded = new Map<string, Uint8Array>();
  for (const member of Object.keys(jwk)) {
    if (!BASE64URL_MEMBERS.has(member) || (member === 'd' && kty === 'oct')) continue;
    const bytes = decodeMember(jwk, member, index);
    if (!bytes.ok) return { ok: false, error: bytes.error };
    decoded.set(member, bytes.bytes);
  }

  const privateMembers = privateMembersOf(kty);
  const isPrivate = privateMembers.some((member) => Object.hasOwn(jwk, member));
  // fromEntries defines each member as its own, so a member named "__proto__" stays a member.
  const publicJwk: JsonObject = Object.fromEntries(Object.entries(jwk).filter(([member]) => !privateMembers.includes(member)));

  const parsed: ParsedJwk = { jwk, publicJwk, kty, keyInfo: describeJwk(jwk, kty, decoded), isPrivate };
  if (typeof jwk.kid === 'string') parsed.kid = jwk.kid;
  if (typeof jwk.use === 'string') parsed.use = jwk.use;
  if (typeof jwk.alg === 'string') parsed.alg = jwk.alg;
  if (Array.isArray(keyOps)) parsed.keyOps = keyOps as string[];
  return { ok: true, jwk: parsed };
}

/** Returns a single JWK from its JSON text, with JSON errors positioned and missing members named; see `readJwk` for what it does not check. */
export function parseJwk(text: string): JwkParsing {
  const json = parseKeyJson(text);
  return json.ok ? readJwk(json.value) : json;
}
