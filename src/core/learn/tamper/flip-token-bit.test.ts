import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffTokenCharacters } from './diff-token-characters';
import { readSextet } from '../../encoding/base64url';
import { flipTokenBit, isDataBit } from './flip-token-bit';
import { splitJwsSegments } from '../../token/jws-segments';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const SIGNING_INPUT = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"user-42","name":"김하나"}')}`;
const TOKEN = `${SIGNING_INPUT}.${createHmac('sha256', 'secret').update(SIGNING_INPUT).digest('base64url')}`;

describe('flipTokenBit', () => {
  const cases = (['header', 'payload', 'signature'] as const).flatMap((part) =>
    [0, 5, 17].flatMap((index) => [0, 1, 2, 3, 4, 5].map((bit) => ({ part, index, bit }))),
  );

  it.each(cases)('changes exactly one character: $part[$index] bit $bit', ({ part, index, bit }) => {
    const flip = flipTokenBit(TOKEN, part, index, bit);
    if (!flip.ok) throw new Error(flip.code);
    expect(flip.token).toHaveLength(TOKEN.length);
    const differing = [...TOKEN].flatMap((character, at) => (flip.token[at] === character ? [] : [at]));
    expect(differing).toHaveLength(1);
    expect(flip.before).toBe(splitJwsSegments(TOKEN)?.[part][index]);
    expect(flip.afterValue ^ flip.beforeValue).toBe(1 << (5 - bit));
    expect(readSextet(flip.after)).toBe(flip.afterValue);
    expect(diffTokenCharacters(TOKEN, flip.token)).toEqual([{ part, start: index, end: index + 1, removed: flip.before }]);
    const back = flipTokenBit(flip.token, part, index, bit);
    expect(back.ok && back.token).toBe(TOKEN);
  });

  it.each([
    { token: 'a.b', part: 'header', index: 0, bit: 0, code: 'not-compact-jws' },
    { token: TOKEN, part: 'header', index: -1, bit: 0, code: 'index-out-of-range' },
    { token: TOKEN, part: 'signature', index: 43, bit: 0, code: 'index-out-of-range' },
    { token: TOKEN, part: 'header', index: 0, bit: 6, code: 'bit-out-of-range' },
    { token: 'ab=.cd.ef', part: 'header', index: 2, bit: 0, code: 'not-base64url-character' },
  ] as const)('refuses $code', ({ token, part, index, bit, code }) => {
    expect(flipTokenBit(token, part, index, bit)).toEqual({ ok: false, code });
  });
});

describe('isDataBit', () => {
  it.each([
    // 43 characters carry 258 bits: 32 bytes (256 bits), so the last character's last two bits are unused.
    { length: 43, index: 42, bit: 3, data: true },
    { length: 43, index: 42, bit: 4, data: false },
    { length: 43, index: 42, bit: 5, data: false },
    { length: 43, index: 0, bit: 0, data: true },
    // 86 characters: 516 bits, 64 bytes; the last 4 bits are unused.
    { length: 86, index: 85, bit: 1, data: true },
    { length: 86, index: 85, bit: 2, data: false },
    { length: 4, index: 3, bit: 5, data: true },
  ])('character $index of $length, bit $bit: $data', ({ length, index, bit, data }) => {
    expect(isDataBit(length, index, bit)).toBe(data);
  });

  it('flags a flip of an unused bit', () => {
    const flip = flipTokenBit(TOKEN, 'signature', 42, 5);
    expect(flip.ok && flip.carriesData).toBe(false);
  });
});
