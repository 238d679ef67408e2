import { describe, expect, it } from 'vitest';
import { hashOfHmacAlg, isHmacAlg } from './hmac-alg';

describe('hashOfHmacAlg', () => {
  it.each([
    ['HS256', 'SHA-256'],
    ['HS384', 'SHA-384'],
    ['HS512', 'SHA-512'],
    ['hs256', null],
    ['RS256', null],
    ['HS256 ', null],
    [256, null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (alg, hash) => {
    expect(hashOfHmacAlg(alg)).toBe(hash);
    expect(isHmacAlg(alg)).toBe(hash !== null);
  });
});
