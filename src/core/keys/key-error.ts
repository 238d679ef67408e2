import type { JsonError } from '../json/parse-json';
import type { DerErrorCode } from './der';
import type { PemError } from './parse-pem';
import type { KeyStructure } from './read-spki';

/** The kinds of JSON value, for saying what was found where an object was expected. */
export type JsonKind = 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object';

/**
 * Why a pasted key could not be read, with where. Codes are stable kebab-case (the UI translates
 * them); the other members are the message parameters. `index` is the JWKS member, when in a set.
 */
export type KeyError =
  | { code: 'key-empty' }
  | { code: 'key-too-large'; length: number; maxLength: number }
  | { code: 'key-not-recognised' }
  | Exclude<PemError, { code: 'pem-no-armour' }>
  | { code: 'pem-unsupported-label'; label: string }
  | { code: 'der-invalid'; structure: KeyStructure; problem: DerErrorCode | 'sec1-curve-missing'; offset: number }
  | JsonError
  | { code: 'json-not-object'; found: JsonKind }
  | { code: 'jwk-missing-member'; member: string; index?: number }
  | { code: 'jwk-member-type'; member: string; expected: 'string' | 'boolean' | 'string-array' | 'object'; index?: number }
  | { code: 'jwk-member-not-base64url'; member: string; position: number; index?: number }
  | { code: 'jwks-keys-not-array' }
  | { code: 'secret-bad-base64'; position: number; character: string }
  | { code: 'secret-bad-base64-length'; length: number }
  | { code: 'secret-bad-hex'; position: number; character: string }
  | { code: 'secret-odd-hex-length'; length: number };

/** The codes of KeyError, for the i18n catalogues. */
export type KeyErrorCode = KeyError['code'];

/** Returns the JSON kind of a parsed value. */
export function kindOfJson(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}
