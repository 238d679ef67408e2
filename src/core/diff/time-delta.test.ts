import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../json/json-value';
import { readTimeDelta } from './time-delta';

describe('readTimeDelta', () => {
  it.each<{ name: string; claim: string; left: JsonValue; right: JsonValue; delta: number | null }>([
    { name: 'exp 15 minutes later', claim: 'exp', left: 1_700_000_000, right: 1_700_000_900, delta: 900 },
    { name: 'iat a day earlier', claim: 'iat', left: 1_700_086_400, right: 1_700_000_000, delta: -86_400 },
    { name: 'auth_time (OpenID Connect)', claim: 'auth_time', left: 10, right: 70, delta: 60 },
    { name: 'a fractional nbf', claim: 'nbf', left: 1.5, right: 2, delta: 0.5 },
    { name: 'no time claim', claim: 'count', left: 1, right: 2, delta: null },
    { name: 'a value that is no NumericDate', claim: 'exp', left: '1700000000', right: 1_700_000_000, delta: null },
    { name: 'a prototype member name', claim: 'constructor', left: 1, right: 2, delta: null },
  ])('$name', ({ claim, left, right, delta }) => {
    expect(readTimeDelta(claim, left, right)).toBe(delta);
  });
});
