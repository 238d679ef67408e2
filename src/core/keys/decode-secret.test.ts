import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSecret } from './decode-secret';

const bytesOf = (result: ReturnType<typeof decodeSecret>): number[] | undefined => (result.ok ? Array.from(result.bytes) : undefined);

describe('decodeSecret', () => {
  it('uses UTF-8 text exactly: no trimming, no normalisation', () => {
    expect(bytesOf(decodeSecret('é', 'utf8'))).toEqual([0xc3, 0xa9]);
    expect(bytesOf(decodeSecret('e\u0301', 'utf8'))).toEqual([0x65, 0xcc, 0x81]);
    expect(decodeSecret(' secret\n', 'utf8')).toMatchObject({ ok: true, notes: ['secret-surrounding-whitespace'] });
    expect(bytesOf(decodeSecret(' a\n', 'utf8'))).toEqual([0x20, 0x61, 0x0a]);
  });

  it('decodes every encoding to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 100 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect(bytesOf(decodeSecret(buffer.toString('base64url'), 'base64url'))).toEqual(Array.from(bytes));
        expect(bytesOf(decodeSecret(buffer.toString('base64'), 'base64'))).toEqual(Array.from(bytes));
        expect(bytesOf(decodeSecret(buffer.toString('hex'), 'hex'))).toEqual(Array.from(bytes));
        expect(bytesOf(decodeSecret(`0X${buffer.toString('hex').toUpperCase()}\n`, 'hex'))).toEqual(Array.from(bytes));
      }),
    );
  });

  it('notes padding or the other alphabet, and ignores surrounding whitespace', () => {
    expect(decodeSecret('  YQ==\n', 'base64')).toMatchObject({ ok: true, notes: ['secret-non-canonical-encoding'] });
    expect(decodeSecret('YQ', 'base64url')).toMatchObject({ ok: true, notes: [] });
  });

  it.each([
    ['base64url', ' ab$d', { code: 'secret-bad-base64', position: 3, character: '$' }],
    ['base64', 'a', { code: 'secret-bad-base64-length', length: 1 }],
    ['hex', 'abcg', { code: 'secret-bad-hex', position: 3, character: 'g' }],
    ['hex', '  abc', { code: 'secret-odd-hex-length', length: 3 }],
    ['hex', 'ab cd', { code: 'secret-bad-hex', position: 2, character: ' ' }],
  ] as const)('%s: reports %j', (encoding, text, error) => {
    expect(decodeSecret(text, encoding)).toEqual({ ok: false, error });
  });
});
