import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeBase64Url, encodeBase64Url, encodeBase64UrlInJs, readSextet, sextetCharacter } from './base64url';

// Mostly base64 characters, with any UTF-16 code unit (lone surrogates included) mixed in.
const anyCodeUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));
const base64ish = fc.string({ unit: fc.oneof(fc.constantFrom(...'AZaz09-_+/=.'), anyCodeUnit), maxLength: 30 });

const bytesOf = (text: string): number[] => Array.from(new TextEncoder().encode(text));

describe('decodeBase64Url', () => {
  it.each([
    { name: 'empty', input: '', bytes: [], notes: [] },
    { name: 'canonical, two chars', input: 'YQ', bytes: bytesOf('a'), notes: [] },
    { name: 'canonical, three chars', input: 'YWI', bytes: bytesOf('ab'), notes: [] },
    { name: 'canonical, one quantum', input: 'YWJj', bytes: bytesOf('abc'), notes: [] },
    { name: 'url alphabet', input: '-_8', bytes: [0xfb, 0xff], notes: [] },
    { name: 'standard alphabet', input: '+/8', bytes: [0xfb, 0xff], notes: ['standard-alphabet'] },
    { name: 'full padding', input: 'YQ==', bytes: bytesOf('a'), notes: ['padding'] },
    { name: 'one pad char', input: 'YWI=', bytes: bytesOf('ab'), notes: ['padding'] },
    { name: 'incomplete padding', input: 'YQ=', bytes: bytesOf('a'), notes: ['padding'] },
    { name: 'standard + padding', input: '+w==', bytes: [0xfb], notes: ['standard-alphabet', 'padding'] },
    { name: 'non-zero trailing bits (2 chars)', input: 'YR', bytes: bytesOf('a'), notes: ['non-zero-trailing-bits'] },
    { name: 'non-zero trailing bits (3 chars)', input: 'YWJ', bytes: bytesOf('ab'), notes: ['non-zero-trailing-bits'] },
  ])('decodes $name', ({ input, bytes, notes }) => {
    const result = decodeBase64Url(input);
    expect(result).toEqual({ ok: true, bytes: new Uint8Array(bytes), notes });
  });

  it.each([
    { name: 'a dot', input: 'ab.c', error: { code: 'base64-invalid-character', position: 2, character: '.' } },
    { name: 'a space', input: 'YW Jj', error: { code: 'base64-invalid-character', position: 2, character: ' ' } },
    { name: 'non-ASCII', input: 'YWé', error: { code: 'base64-invalid-character', position: 2, character: 'é' } },
    { name: 'an emoji (whole code point)', input: 'Y😀', error: { code: 'base64-invalid-character', position: 1, character: '😀' } },
    { name: 'padding in the middle', input: 'YQ==YQ', error: { code: 'base64-invalid-character', position: 2, character: '=' } },
    { name: 'padding after a full quantum', input: 'YWJj=', error: { code: 'base64-invalid-character', position: 4, character: '=' } },
    { name: 'too much padding', input: 'YWI==', error: { code: 'base64-invalid-character', position: 4, character: '=' } },
    { name: 'padding only', input: '==', error: { code: 'base64-invalid-character', position: 0, character: '=' } },
    { name: 'length 1', input: 'Y', error: { code: 'base64-invalid-length', length: 1 } },
    { name: 'length 5', input: 'YWJjZ', error: { code: 'base64-invalid-length', length: 5 } },
    { name: 'length 1 with padding', input: 'Y===', error: { code: 'base64-invalid-length', length: 1 } },
  ])('rejects $name', ({ input, error }) => {
    expect(decodeBase64Url(input)).toEqual({ ok: false, error });
  });

  it('agrees with Buffer on every canonical and standard encoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        const url = decodeBase64Url(buffer.toString('base64url'));
        const standard = decodeBase64Url(buffer.toString('base64'));
        expect(url).toEqual({ ok: true, bytes, notes: [] });
        expect(standard.ok && Array.from(standard.bytes)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(base64ish, (text) => {
        expect(() => decodeBase64Url(text)).not.toThrow();
      }),
    );
  });
});

describe('encodeBase64Url', () => {
  it.each([
    { bytes: [], text: '' },
    { bytes: [0x61], text: 'YQ' },
    { bytes: [0x61, 0x62], text: 'YWI' },
    { bytes: [0xfb, 0xff, 0xbf], text: '-_-_' },
  ])('encodes $bytes as "$text"', ({ bytes, text }) => {
    expect(encodeBase64Url(new Uint8Array(bytes))).toBe(text);
  });

  it('matches Buffer and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual({ ok: true, bytes, notes: [] });
      }),
    );
  });

  it('encodes more than one flushed chunk', () => {
    const bytes = new Uint8Array(20_000).map((_, i) => i % 251);
    expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});

describe('readSextet', () => {
  it.each([
    ['A', false, 0],
    ['_', false, 63],
    ['-', false, 62],
    ['+', false, null],
    ['+', true, 62],
    ['/', true, 63],
    ['=', true, null],
    ['é', true, null],
    ['AB', false, null],
    ['', false, null],
  ])('%j (standard letters accepted: %s) stands for %j', (character, acceptStandard, value) => {
    expect(readSextet(character, acceptStandard)).toBe(value);
  });

  it('sextetCharacter is its inverse over the 64 values', () => {
    for (let value = 0; value < 64; value++) expect(readSextet(sextetCharacter(value))).toBe(value);
  });
});

describe('encodeBase64Url, the engine’s encoder or ours', () => {
  it('hands the bytes to the engine’s toBase64 when there is one, asking for the URL alphabet without padding', () => {
    const bytes = new Uint8Array([251, 255]);
    const toBase64 = vi.fn(() => 'from-the-engine');
    Object.defineProperty(bytes, 'toBase64', { value: toBase64 });
    expect(encodeBase64Url(bytes)).toBe('from-the-engine');
    expect(toBase64).toHaveBeenCalledWith({ alphabet: 'base64url', omitPadding: true });
  });

  it('our own loop writes what Node writes, for every length remainder and all byte values', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 256, 8193, 30_000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
      expect(encodeBase64UrlInJs(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });
});
