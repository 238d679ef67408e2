import { describe, expect, it } from 'vitest';
import { findFragmentTokens, findQueryTokens, joinUrlTokens } from './url-tokens';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln';
const OTHER = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIyIn0.c2ln';

describe('findQueryTokens', () => {
  it.each([
    ['?token=', `?token=${JWT}`, [{ name: 'token', token: JWT }]],
    ['?id_token= and ?access_token=', `?id_token=${JWT}&access_token=${OTHER}`, [{ name: 'id_token', token: JWT }, { name: 'access_token', token: OTHER }]],
    ['any value shaped like a JWT', `?foo=1&x=${JWT}`, [{ name: 'x', token: JWT }]],
    ['a percent-encoded token', `?token=${encodeURIComponent(JWT)}`, [{ name: 'token', token: JWT }]],
    ['an unsigned token', '?token=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.', [{ name: 'token', token: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.' }]],
    ['nothing token-like', '?q=hello&page=2', []],
    ['a dotted value with an unknown name', '?v=1.2.3', []],
    ['an empty query', '', []],
  ])('%s', (_name, search, expected) => {
    expect(findQueryTokens(search)).toEqual(expected);
  });
});

describe('findFragmentTokens', () => {
  it.each([
    ['an OAuth redirect', `#id_token=${JWT}&access_token=${OTHER}&token_type=Bearer&state=xyz`, [{ name: 'id_token', token: JWT }, { name: 'access_token', token: OTHER }]],
    ['a route', `#/encode?token=${JWT}`, []],
    ['an opaque access token', '#access_token=abc123&token_type=Bearer', []],
  ])('%s', (_name, hash, expected) => {
    expect(findFragmentTokens(hash)).toEqual(expected);
  });

  it('joins them as the decoder lists candidates from text', () => {
    expect(joinUrlTokens([{ name: 'id_token', token: JWT }, { name: 'access_token', token: OTHER }])).toBe(`id_token=${JWT}&access_token=${OTHER}`);
  });
});
