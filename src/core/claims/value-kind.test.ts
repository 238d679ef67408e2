import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json/json-value';
import type { ValueKind } from './glossary-entry';
import { matchesValueKind, typeOfJson } from './value-kind';

describe('matchesValueKind', () => {
  it.each<[ValueKind, JsonValue, boolean]>([
    ['numeric-date', 1_767_225_600, true],
    ['numeric-date', '1767225600', false],
    ['string', 'x', true],
    ['string', 1, false],
    ['string-or-uri-array', 'api', true],
    ['string-or-uri-array', ['api', 'https://example.com'], true],
    ['string-or-uri-array', ['api', 1], false],
    ['string-array', ['pwd', 'mfa'], true],
    ['string-array', 'pwd', false],
    ['space-separated-string', 'openid profile', true],
    ['space-separated-string', ['openid', 'profile'], false],
    ['boolean', true, true],
    ['boolean', 'true', false],
    ['integer', 2, true],
    ['integer', 2.5, false],
    ['number', 2.5, true],
    ['object', { roles: [] }, true],
    ['object', [], false],
    ['object', null, false],
    ['jwk', { kty: 'EC' }, true],
    ['base64url', 'abc-_', true],
    ['base64url', 'ab+/', false],
    ['base64-array', ['MIIB+/=='], true],
    ['uri', 'https://example.com/a', true],
  ])('%s accepts %j: %s', (kind, value, matches) => {
    expect(matchesValueKind(kind, value)).toBe(matches);
  });
});

describe('typeOfJson', () => {
  it.each<[JsonValue, string]>([
    ['a', 'string'],
    [1, 'number'],
    [false, 'boolean'],
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
  ])('%j is %s', (value, type) => {
    expect(typeOfJson(value)).toBe(type);
  });
});
