import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readRsaPublicKey, readSpki, readSpkiParts } from './read-spki';

describe('readSpki', () => {
  it.each([
    ['rsa', { modulusLength: 2048 }, { type: 'rsa', modulusBits: 2048, publicExponent: 65_537n }],
    ['rsa', { modulusLength: 1024, publicExponent: 3 }, { type: 'rsa', modulusBits: 1024, publicExponent: 3n }],
    ['rsa-pss', { modulusLength: 2048 }, { type: 'rsa-pss', modulusBits: 2048, publicExponent: 65_537n }],
    ['ec', { namedCurve: 'prime256v1' }, { type: 'ec', curve: 'P-256' }],
    ['ec', { namedCurve: 'secp521r1' }, { type: 'ec', curve: 'P-521' }],
    ['ec', { namedCurve: 'secp256k1' }, { type: 'ec', curve: 'secp256k1' }],
    ['ec', { namedCurve: 'brainpoolP256r1' }, { type: 'ec', curve: 'brainpoolP256r1' }],
    ['ed25519', {}, { type: 'okp', curve: 'Ed25519' }],
    ['ed448', {}, { type: 'okp', curve: 'Ed448' }],
    ['dsa', { modulusLength: 1024, divisorLength: 160 }, { type: 'other', algorithm: '1.2.840.10040.4.1' }],
  ] as const)('describes a %s key %j', (type, options, keyInfo) => {
    const { publicKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
    expect(readSpki(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })))).toEqual({ ok: true, keyInfo });
  });

  it('reports where the structure breaks', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const der = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    expect(readSpki(der.subarray(0, 40))).toEqual({ ok: false, error: { code: 'der-truncated', offset: 40, structure: 'spki' } });
    expect(readSpki(Uint8Array.of(0x30, 0x00))).toEqual({ ok: false, error: { code: 'der-truncated', offset: 2, structure: 'spki' } });
  });
});

describe('readSpkiParts and readRsaPublicKey', () => {
  it('take an RSA SPKI apart into its algorithm and PKCS#1 numbers', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
    const parts = readSpkiParts(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
    expect(parts.algorithm.oid).toBe('1.2.840.113549.1.1.1');
    expect(Buffer.from(parts.publicKey)).toEqual(publicKey.export({ type: 'pkcs1', format: 'der' }));
    const { modulus, exponent } = readRsaPublicKey(parts.publicKey);
    expect(Buffer.from(modulus).toString('base64url')).toBe(publicKey.export({ format: 'jwk' }).n);
    expect([...exponent]).toEqual([3]);
  });

  it('gives an EC key its curve parameter and point', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const parts = readSpkiParts(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
    expect(parts.algorithm).toEqual({ oid: '1.2.840.10045.2.1', parameterOid: '1.2.840.10045.3.1.7' });
    expect(parts.publicKey[0]).toBe(4);
    expect(parts.publicKey).toHaveLength(65);
  });

  it('throw on a structure that breaks (the data-returning readers catch it)', () => {
    expect(() => readSpkiParts(Uint8Array.of(0x30, 0x00))).toThrow('der-truncated');
    expect(() => readRsaPublicKey(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05))).toThrow('der-truncated');
  });
});
