import { describe, expect, it } from 'vitest';
import { decodeToken } from '../../token/decode-token';
import type { TokenPart } from '../../token/decoded-token';
import { createLensPart } from './lens-part';

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function partsOf(token: string): TokenPart[] {
  const decoded = decodeToken(token);
  if (decoded.kind === 'empty') throw new Error('empty');
  return decoded.parts;
}

const PAYLOAD = '{"name":"김하늘","exp":1}';
const [HEADER_PART, PAYLOAD_PART, SIGNATURE_PART] = partsOf(`${encode('{"alg":"HS256"}')}.${encode(PAYLOAD)}.${encode('0123456789abcdef')}`) as [TokenPart, TokenPart, TokenPart];

describe('createLensPart', () => {
  it('lays out a JSON part: characters, values, bytes, UTF-8 characters and tokens', () => {
    const lens = createLensPart(PAYLOAD_PART);
    expect(lens.name).toBe('payload');
    expect(lens.segment).toBe(encode(PAYLOAD));
    expect(lens.sextets.slice(0, 4)).toEqual([30, 50, 9, 46]);
    expect(Buffer.from(lens.bytes).toString('utf8')).toBe(PAYLOAD);
    expect(lens.size).toEqual({ chars: encode(PAYLOAD).length, bytes: Buffer.byteLength(PAYLOAD) });
    expect(lens.total).toEqual(lens.size);
    expect(lens.characters?.filter((character) => character.end - character.start === 3).map((character) => character.codePoint)).toEqual([0xae40, 0xd558, 0xb298]);
    expect(lens.json?.tokens.map((token) => token.text)).toEqual(['{', '"name"', ':', '"김하늘"', ',', '"exp"', ':', '1', '}']);
    expect(lens.decodeFailed).toBe(false);
    expect(createLensPart(HEADER_PART).json?.tokens).toHaveLength(5);
  });

  it('gives a signature its characters and bytes but no text layers', () => {
    const lens = createLensPart(SIGNATURE_PART);
    expect(lens.size).toEqual({ chars: 22, bytes: 16 });
    expect(lens.characters).toBeNull();
    expect(lens.json).toBeNull();
  });

  it.each([
    { maxBytes: 3, chars: 4 },
    { maxBytes: 4, chars: 6 },
    { maxBytes: 5, chars: 7 },
    { maxBytes: 512, chars: encode(PAYLOAD).length },
  ])('shows at most $maxBytes bytes, and the $chars characters that carry them', ({ maxBytes, chars }) => {
    const lens = createLensPart(PAYLOAD_PART, maxBytes);
    expect(lens.bytes.length).toBe(Math.min(maxBytes, Buffer.byteLength(PAYLOAD)));
    expect(lens.size.chars).toBe(chars);
    expect(lens.segment).toBe(encode(PAYLOAD).slice(0, chars));
    expect(lens.total.bytes).toBe(Buffer.byteLength(PAYLOAD));
  });

  it('cuts a Hangul syllable at the bound and marks it incomplete', () => {
    // Bytes 9–11 are 김: a bound of 10 keeps one of its bytes.
    const lens = createLensPart(PAYLOAD_PART, 10);
    expect(lens.characters?.at(-1)).toEqual({ start: 9, end: 10, codePoint: 0xae40, complete: false });
  });

  it('bounds a megabyte part quickly', () => {
    const big = `{"a":"${'x'.repeat(1_000_000)}"}`;
    const [, part] = partsOf(`${encode('{}')}.${encode(big)}.c2ln`) as [TokenPart, TokenPart];
    const started = performance.now();
    const lens = createLensPart(part);
    expect(performance.now() - started).toBeLessThan(500);
    expect(lens.size).toEqual({ chars: 683, bytes: 512 });
    expect(lens.total.bytes).toBe(big.length);
    expect(lens.json?.tokens.map((token) => token.kind)).toEqual(['begin-object', 'member-name', 'name-separator', 'string']);
  });

  it('shows what decoded of a part with a bad character', () => {
    const [, part] = partsOf(`${encode('{}')}.${encode('{"sub":"abc"}').slice(0, 8)}!!!!.c2ln`) as [TokenPart, TokenPart];
    const lens = createLensPart(part);
    expect(lens.decodeFailed).toBe(true);
    expect(lens.size.bytes).toBeLessThanOrEqual(6);
    expect(lens.segment.length).toBe(lens.size.chars);
  });
});
