import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, decodeByLoop } from './base64url';

// Node 20 has no Uint8Array.fromBase64: give it one that behaves as the engines' do for what the
// decoder hands it (URL alphabet, no padding, a partial last chunk whose extra bits are ignored), so
// the code around the engine's decoder is checked against the loop. Browsers run the real one in
// the end-to-end tests.
Object.defineProperty(Uint8Array, 'fromBase64', {
  configurable: true,
  value: (text: string, options: { alphabet: string; lastChunkHandling: string }) => {
    if (options.alphabet !== 'base64url' || options.lastChunkHandling !== 'loose') throw new TypeError('unexpected options');
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new SyntaxError('not base64url');
    return new Uint8Array(Buffer.from(text, 'base64url'));
  },
});

const SEGMENT_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=.é '.split('');

describe("decodeBase64Url with the engine's decoder", () => {
  it('gives what the loop gives for any segment: bytes, notes and errors', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEGMENT_CHARACTERS), { maxLength: 40 }), (characters) => {
        const text = characters.join('');
        expect(decodeBase64Url(text)).toEqual(decodeByLoop(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it('gives what the loop gives for any bytes encoded, with any last character', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 0, max: 63 }), (bytes, last) => {
        const encoded = Buffer.from(bytes).toString('base64url');
        const tweaked = encoded.length % 4 === 0 ? encoded : encoded.slice(0, -1) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.charAt(last);
        expect(decodeBase64Url(tweaked)).toEqual(decodeByLoop(tweaked));
      }),
    );
  });

  it('notes non-zero trailing bits read by the engine', () => {
    // "eA" is 0x78 with its last 4 bits 0; "eB" sets one of them.
    expect(decodeBase64Url('eA')).toEqual({ ok: true, bytes: new Uint8Array([0x78]), notes: [] });
    expect(decodeBase64Url('eB')).toEqual({ ok: true, bytes: new Uint8Array([0x78]), notes: ['non-zero-trailing-bits'] });
  });
});
