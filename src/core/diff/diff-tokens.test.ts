import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { inspectToken } from '../inspect-token';
import { diffTokens, type TokenDiff } from './diff-tokens';

const segment = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const jws = (header: string, payload: string, signature = 'c2lnbmF0dXJl') => `${segment(header)}.${segment(payload)}.${signature}`;

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const PAYLOAD = '{"sub":"alice","exp":1700000000}';
const TOKEN = jws(HEADER, PAYLOAD);

function compare(left: string, right: string): TokenDiff {
  return diffTokens(inspectToken(left), inspectToken(right));
}

describe('diffTokens', () => {
  it.each<{ name: string; left: string; right: string; expected: Partial<TokenDiff> }>([
    {
      name: 'the same token',
      left: TOKEN,
      right: `Bearer ${TOKEN}`,
      expected: { identical: true, header: 'same-bytes', payload: 'same-bytes', sameClaimsDifferentBytes: false },
    },
    {
      name: 'whitespace inside the JSON: same claims, other bytes',
      left: TOKEN,
      right: jws('{"alg": "HS256", "typ": "JWT"}', '{ "sub": "alice", "exp": 1700000000 }'),
      expected: { identical: false, header: 'same-value', payload: 'same-value', sameClaimsDifferentBytes: true },
    },
    {
      name: 'members in another order: same claims, other bytes',
      left: TOKEN,
      right: jws(HEADER, '{"exp":1700000000,"sub":"alice"}'),
      expected: { header: 'same-bytes', payload: 'same-value', sameClaimsDifferentBytes: true },
    },
    {
      name: 'only the signature differs',
      left: TOKEN,
      right: jws(HEADER, PAYLOAD, 'b3RoZXI'),
      expected: { identical: false, header: 'same-bytes', payload: 'same-bytes', sameClaimsDifferentBytes: false },
    },
    {
      name: 'a changed claim',
      left: TOKEN,
      right: jws(HEADER, '{"sub":"bob","exp":1700000000}'),
      expected: { header: 'same-bytes', payload: 'different', sameClaimsDifferentBytes: false },
    },
    {
      name: 'a JWE has no payload to compare',
      left: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn',
      right: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVyMg.dGFn',
      expected: { header: 'same-bytes', payload: 'absent', sameClaimsDifferentBytes: false },
    },
    {
      name: 'an empty side',
      left: '',
      right: TOKEN,
      expected: { identical: false, header: 'different', payload: 'different', sameClaimsDifferentBytes: false },
    },
  ])('$name', ({ left, right, expected }) => {
    expect(compare(left, right)).toMatchObject(expected);
  });

  it('lists header members, then payload members, with pointers and changes', () => {
    const diff = compare(TOKEN, jws('{"alg":"HS384","typ":"JWT"}', '{"sub":"alice","exp":1700000900,"admin":true}'));
    expect(diff.rows.map(({ pointer, change, deltaSeconds }) => ({ pointer, change, deltaSeconds }))).toEqual([
      { pointer: '/header/alg', change: 'changed', deltaSeconds: undefined },
      { pointer: '/header/typ', change: 'same', deltaSeconds: undefined },
      { pointer: '/payload/sub', change: 'same', deltaSeconds: undefined },
      { pointer: '/payload/exp', change: 'changed', deltaSeconds: 900 },
      { pointer: '/payload/admin', change: 'added', deltaSeconds: undefined },
    ]);
  });

  it('every member row is the same when only whitespace differs', () => {
    const diff = compare(TOKEN, jws('{"alg": "HS256","typ": "JWT"}', PAYLOAD));
    expect(diff.rows.map((row) => row.change)).toEqual(['same', 'same', 'same', 'same']);
  });

  it('compares a payload that is text as one row', () => {
    expect(compare(jws(HEADER, 'hello'), jws(HEADER, 'hello!')).rows.at(-1)).toMatchObject({ pointer: '/payload', change: 'changed', left: 'hello', right: 'hello!' });
    expect(compare(jws(HEADER, 'hello'), jws(HEADER, 'hello')).rows.at(-1)).toMatchObject({ pointer: '/payload', change: 'same' });
  });

  it('marks the changed characters of each part, and nothing in equal parts', () => {
    const right = jws(HEADER, PAYLOAD, 'c2lnbmF0dXJX');
    const diff = compare(TOKEN, right);
    expect(diff.segments).toEqual([
      { index: 0, left: [], right: [], capped: false },
      { index: 1, left: [], right: [], capped: false },
      { index: 2, left: [{ start: 11, end: 12 }], right: [{ start: 11, end: 12 }], capped: false },
    ]);
  });

  it('compares tokens with different part counts part by part', () => {
    const diff = compare(TOKEN, 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..aXY.Y2lwaGVy.dGFn');
    expect(diff.segments).toHaveLength(5);
    expect(diff.segments[4]).toEqual({ index: 4, left: [], right: [{ start: 0, end: 4 }], capped: false });
  });
});
