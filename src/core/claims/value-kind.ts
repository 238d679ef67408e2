import type { JsonValue } from '../json/json-value';
import type { ValueKind } from './glossary-entry';
import { readNumericDate } from './time-policy';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The JSON type of a value as a reader names it; arrays and null are told apart from objects. */
export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

/** The JSON type of `value`; does not look inside arrays or objects. */
export function typeOfJson(value: JsonValue): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** Whether `value` has the shape its defining document asks for; does not check NumericDate ranges or URI syntax. */
export function matchesValueKind(kind: ValueKind, value: JsonValue): boolean {
  switch (kind) {
    case 'numeric-date':
      return readNumericDate(value).ok;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'string':
    case 'string-or-uri':
    case 'uri':
    case 'space-separated-string':
      return typeof value === 'string';
    case 'string-or-uri-array':
      return typeof value === 'string' || isStringArray(value);
    case 'string-array':
    case 'base64-array':
      return isStringArray(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
    case 'jwk':
      return typeOfJson(value) === 'object';
    case 'base64url':
      return typeof value === 'string' && BASE64URL.test(value);
    default:
      return assertNever(kind);
  }
}

function isStringArray(value: JsonValue): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function assertNever(value: never): never {
  throw new Error(`Unhandled value kind: ${String(value)}`);
}
