import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { wrapPkcs1InSpki } from './pkcs1-to-spki';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('wrapPkcs1InSpki', () => {
  it.each([1024, 2048, 2056, 3072, 4096])('gives the SPKI Node gives for a %i-bit key', (modulusLength) => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength });
    const pkcs1 = new Uint8Array(publicKey.export({ type: 'pkcs1', format: 'der' }));
    const wrapped = wrapPkcs1InSpki(pkcs1);
    expect(wrapped.ok).toBe(true);
    if (!wrapped.ok) return;
    expect(hex(wrapped.spki)).toBe(hex(publicKey.export({ type: 'spki', format: 'der' })));
    const bits = publicKey.asymmetricKeyDetails?.modulusLength;
    expect(createPublicKey({ key: Buffer.from(wrapped.spki), format: 'der', type: 'spki' }).asymmetricKeyDetails?.modulusLength).toBe(bits);
    expect(wrapped.keyInfo).toEqual({ type: 'rsa', modulusBits: bits, publicExponent: 65_537n });
  });

  it('reads an unusual exponent', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 3 });
    const wrapped = wrapPkcs1InSpki(new Uint8Array(publicKey.export({ type: 'pkcs1', format: 'der' })));
    expect(wrapped.ok && wrapped.keyInfo).toEqual({ type: 'rsa', modulusBits: 2048, publicExponent: 3n });
  });

  it.each([
    ['empty', new Uint8Array(), { code: 'der-truncated', offset: 0 }],
    ['a truncated key', Uint8Array.of(0x30, 0x06, 0x02, 0x01, 0x05), { code: 'der-truncated', offset: 5 }],
    ['an exponent missing', Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05), { code: 'der-truncated', offset: 5 }],
    ['an extra field', Uint8Array.of(0x30, 0x09, 0x02, 0x01, 0x05, 0x02, 0x01, 0x03, 0x02, 0x01, 0x01), { code: 'der-trailing-data', offset: 8 }],
    ['a negative modulus', Uint8Array.of(0x30, 0x06, 0x02, 0x01, 0x85, 0x02, 0x01, 0x03), { code: 'der-bad-value', offset: 4 }],
    ['an SPKI instead', Uint8Array.of(0x30, 0x05, 0x30, 0x03, 0x06, 0x01, 0x00), { code: 'der-unexpected-tag', offset: 2 }],
  ])('reports %s with the offset', (_name, der, error) => {
    expect(wrapPkcs1InSpki(der)).toEqual({ ok: false, error: { ...error, structure: 'pkcs1-public' } });
  });
});
