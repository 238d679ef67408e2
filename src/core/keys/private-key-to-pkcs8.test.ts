import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DER_TAG, encodeDer, encodeOid, encodeSmallInteger } from './der';
import { readPkcs8, readPkcs8Parts, wrapPkcs1PrivateKeyInPkcs8, wrapSec1InPkcs8 } from './private-key-to-pkcs8';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const der = (key: KeyObject, type: 'pkcs1' | 'sec1' | 'pkcs8'): Uint8Array => new Uint8Array(key.export({ type, format: 'der' }));

describe('wrapPkcs1PrivateKeyInPkcs8', () => {
  it.each([1024, 2048, 3072])('gives the PKCS#8 Node gives for a %i-bit key', (modulusLength) => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
    const wrapped = wrapPkcs1PrivateKeyInPkcs8(der(privateKey, 'pkcs1'));
    expect(wrapped.ok).toBe(true);
    if (!wrapped.ok) return;
    expect(hex(wrapped.pkcs8)).toBe(hex(der(privateKey, 'pkcs8')));
    expect(wrapped.keyInfo).toEqual({ type: 'rsa', modulusBits: modulusLength, publicExponent: 65_537n });
  });

  it('refuses a public key and truncated input', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(wrapPkcs1PrivateKeyInPkcs8(der(publicKey, 'pkcs1'))).toMatchObject({ ok: false, error: { structure: 'pkcs1-private' } });
    expect(wrapPkcs1PrivateKeyInPkcs8(der(privateKey, 'pkcs1').subarray(0, 100))).toMatchObject({ ok: false, error: { code: 'der-truncated' } });
  });
});

describe('wrapSec1InPkcs8', () => {
  it.each([
    ['prime256v1', 'P-256'],
    ['secp384r1', 'P-384'],
    ['secp521r1', 'P-521'],
    ['secp256k1', 'secp256k1'],
  ])('gives the PKCS#8 Node gives for a %s key', (namedCurve, curve) => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve });
    const wrapped = wrapSec1InPkcs8(der(privateKey, 'sec1'));
    expect(wrapped.ok).toBe(true);
    if (!wrapped.ok) return;
    expect(hex(wrapped.pkcs8)).toBe(hex(der(privateKey, 'pkcs8')));
    expect(wrapped.keyInfo).toEqual({ type: 'ec', curve });
  });

  it('works without the optional public key (Node derives the same key)', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const sec1 = der(privateKey, 'sec1');
    // SEQUENCE { INTEGER 1, OCTET STRING(32), [0] OID } without [1] publicKey.
    const scalar = sec1.subarray(7, 39);
    const oid = Uint8Array.of(0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07);
    const bare = Uint8Array.from([0x30, 3 + 34 + oid.length, 0x02, 0x01, 0x01, 0x04, 0x20, ...scalar, ...oid]);
    const wrapped = wrapSec1InPkcs8(bare);
    expect(wrapped.ok).toBe(true);
    if (!wrapped.ok) return;
    const imported = createPrivateKey({ key: Buffer.from(wrapped.pkcs8), format: 'der', type: 'pkcs8' });
    expect(imported.export({ format: 'jwk' })).toEqual(privateKey.export({ format: 'jwk' }));
  });

  it('says when the curve is missing', () => {
    const bare = Uint8Array.from([0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20, ...new Uint8Array(32).fill(1)]);
    expect(wrapSec1InPkcs8(bare)).toEqual({ ok: false, error: { code: 'sec1-curve-missing', offset: 39, structure: 'sec1' } });
  });
});

describe('readPkcs8', () => {
  it.each([
    ['rsa', { modulusLength: 2048 }, { type: 'rsa', modulusBits: 2048, publicExponent: 65_537n }],
    ['rsa-pss', { modulusLength: 2048 }, { type: 'rsa-pss', modulusBits: 2048, publicExponent: 65_537n }],
    ['ec', { namedCurve: 'secp384r1' }, { type: 'ec', curve: 'P-384' }],
    ['ed25519', {}, { type: 'okp', curve: 'Ed25519' }],
    ['ed448', {}, { type: 'okp', curve: 'Ed448' }],
    ['x25519', {}, { type: 'okp', curve: 'X25519' }],
  ] as const)('describes a %s key', (type, options, keyInfo) => {
    const { privateKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
    expect(readPkcs8(der(privateKey, 'pkcs8'))).toEqual({ ok: true, keyInfo });
  });

  it('reports a broken structure', () => {
    expect(readPkcs8(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x07))).toEqual({ ok: false, error: { code: 'der-bad-value', offset: 4, structure: 'pkcs8' } });
  });
});

describe('readPkcs8Parts', () => {
  const ed448Oid = encodeOid('1.3.101.113');
  const algorithm = encodeDer(DER_TAG.sequence, ed448Oid);
  const key = encodeDer(DER_TAG.octetString, Uint8Array.of(4, 2, 0xaa, 0xbb));
  const pkcs8 = (...fields: Uint8Array[]): Uint8Array => encodeDer(DER_TAG.sequence, ...fields);

  it.each([
    ['v1', pkcs8(encodeSmallInteger(0), algorithm, key)],
    ['v2 with attributes and a public key (RFC 5958)', pkcs8(encodeSmallInteger(1), algorithm, key, encodeDer(DER_TAG.context0), encodeDer(0x81, Uint8Array.of(0, 1)))],
  ])('reads the algorithm and the private key bytes: %s', (_name, der) => {
    expect(readPkcs8Parts(der)).toEqual({ algorithm: { oid: '1.3.101.113' }, privateKey: Uint8Array.of(4, 2, 0xaa, 0xbb) });
  });

  it.each([
    ['version 2', pkcs8(encodeSmallInteger(2), algorithm, key), 'der-bad-value'],
    ['no private key', pkcs8(encodeSmallInteger(0), algorithm), 'der-truncated'],
    ['a trailing field', pkcs8(encodeSmallInteger(0), algorithm, key, encodeSmallInteger(0)), 'der-trailing-data'],
    ['a public key as the root', encodeDer(DER_TAG.sequence, algorithm, encodeDer(DER_TAG.bitString, Uint8Array.of(0))), 'der-unexpected-tag'],
  ])('throws DerReadError for %s', (_name, der, code) => {
    expect(() => readPkcs8Parts(der)).toThrow(expect.objectContaining({ code }));
  });
});
