import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, encodeUtf8, findFirstInvalidUtf8Offset } from './utf8';

describe('decodeUtf8Strict', () => {
  it.each([
    { name: 'empty', bytes: [], text: '' },
    { name: 'ASCII', bytes: [0x61, 0x62], text: 'ab' },
    { name: 'two-byte', bytes: [0xc3, 0xa9], text: 'é' },
    { name: 'three-byte', bytes: [0xe2, 0x82, 0xac], text: '€' },
    { name: 'four-byte', bytes: [0xf0, 0x9f, 0x98, 0x80], text: '😀' },
    { name: 'a BOM, kept', bytes: [0xef, 0xbb, 0xbf, 0x7b, 0x7d], text: '\uFEFF{}' },
    { name: 'U+10FFFF', bytes: [0xf4, 0x8f, 0xbf, 0xbf], text: '\u{10FFFF}' },
  ])('decodes $name', ({ bytes, text }) => {
    expect(decodeUtf8Strict(new Uint8Array(bytes))).toEqual({ ok: true, text });
  });

  it.each([
    { name: 'a lone continuation byte', bytes: [0x61, 0x80], byteOffset: 1 },
    { name: 'overlong two-byte (C0)', bytes: [0x61, 0x62, 0xc0, 0xaf], byteOffset: 2 },
    { name: 'overlong three-byte', bytes: [0xe0, 0x80, 0xaf], byteOffset: 0 },
    { name: 'overlong four-byte', bytes: [0xf0, 0x8f, 0xbf, 0xbf], byteOffset: 0 },
    { name: 'a UTF-16 surrogate', bytes: [0x61, 0xed, 0xa0, 0x80], byteOffset: 1 },
    { name: 'above U+10FFFF', bytes: [0xf4, 0x90, 0x80, 0x80], byteOffset: 0 },
    { name: 'F5 lead byte', bytes: [0xf5, 0x80, 0x80, 0x80], byteOffset: 0 },
    { name: 'FF byte', bytes: [0x7b, 0xff], byteOffset: 1 },
    { name: 'truncated at the end', bytes: [0x61, 0xe2, 0x82], byteOffset: 1 },
    { name: 'truncated before ASCII', bytes: [0xe2, 0x82, 0x61], byteOffset: 0 },
    { name: 'Latin-1 text', bytes: [0x63, 0x61, 0x66, 0xe9], byteOffset: 3 },
  ])('reports $name at byte $byteOffset', ({ bytes, byteOffset }) => {
    expect(decodeUtf8Strict(new Uint8Array(bytes))).toEqual({ ok: false, byteOffset });
  });

  it('agrees with a fatal TextDecoder, and the bytes before the offset are valid', () => {
    const reference = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let expected: string | null;
        try {
          expected = reference.decode(bytes);
        } catch {
          expected = null;
        }
        const result = decodeUtf8Strict(bytes);
        if (expected === null) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(findFirstInvalidUtf8Offset(bytes.subarray(0, result.byteOffset))).toBe(-1);
        } else {
          expect(result).toEqual({ ok: true, text: expected });
          expect(findFirstInvalidUtf8Offset(bytes)).toBe(-1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('encodeUtf8', () => {
  const encode = (text: string) => Array.from(new TextEncoder().encode(text));

  it.each([
    ['empty', ''],
    ['ASCII', '{"sub":"1234567890"}'],
    ['Korean after ASCII', '{"name":"홍길동"}'],
    ['non-ASCII first', 'é and then ASCII'],
    ['an emoji (a surrogate pair) where the first buffer ends', `${'a'.repeat(3)}😀`],
    ['lone surrogates, high then low', 'a\uD800b\uDC00'],
  ])('writes %s as TextEncoder does', (_name, text) => {
    expect(Array.from(encodeUtf8(text))).toEqual(encode(text));
  });

  it('writes any string as TextEncoder does, and no byte more', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        expect(Array.from(encodeUtf8(text))).toEqual(encode(text));
      }),
    );
  });
});
