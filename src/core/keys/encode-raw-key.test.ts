import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DER_TAG, encodeDer, encodeOid, encodeSmallInteger } from './der';
import { encodeRawPkcs8, encodeRawPrivateJwk, encodeRawPublicJwk, encodeRawSpki } from './encode-raw-key';
import { OID } from './key-info';
import { parseKeyInput } from './parse-key-input';
import { formatPem } from './parse-pem';
import { readRawPrivateKey, readRawPublicKey, type RawKeyScheme } from './read-raw-key';

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);
// Sizes only: the encoders do not check the numbers, and these are not valid keys.
const SCHEMES: [RawKeyScheme, Uint8Array, Uint8Array, object][] = [
  ['secp256k1', bytes(32, 1), Uint8Array.from([4, ...bytes(64, 2)]), { type: 'ec', curve: 'secp256k1' }],
  ['Ed448', bytes(57, 3), bytes(57, 4), { type: 'okp', curve: 'Ed448' }],
  ['ML-DSA-44', bytes(32, 5), bytes(1312, 6), { type: 'other', algorithm: 'ML-DSA-44' }],
  ['ML-DSA-65', bytes(32, 7), bytes(1952, 8), { type: 'other', algorithm: 'ML-DSA-65' }],
  ['ML-DSA-87', bytes(32, 9), bytes(2592, 10), { type: 'other', algorithm: 'ML-DSA-87' }],
];

describe('encodeRawSpki / encodeRawPkcs8 / encodeRawPublicJwk / encodeRawPrivateJwk', () => {
  it.each(SCHEMES)('%s: what is written reads back as the same key, in every form', (scheme, seed, publicKey, keyInfo) => {
    const spki = parseKeyInput(formatPem('PUBLIC KEY', encodeRawSpki(scheme, publicKey)));
    const pkcs8 = parseKeyInput(formatPem('PRIVATE KEY', encodeRawPkcs8(scheme, seed, publicKey)));
    const publicJwk = parseKeyInput(JSON.stringify(encodeRawPublicJwk(scheme, publicKey)));
    const privateJwk = parseKeyInput(JSON.stringify(encodeRawPrivateJwk(scheme, seed, publicKey)));
    for (const parsed of [spki, pkcs8, publicJwk, privateJwk]) {
      if (!parsed.ok || parsed.key.kind === 'jwks' || parsed.key.kind === 'secret') throw new Error(`unreadable: ${JSON.stringify(parsed)}`);
      expect(parsed.key.kind === 'jwk' ? parsed.key.jwk.keyInfo : parsed.key.keyInfo).toEqual(keyInfo);
      if (parsed.key.kind !== 'pkcs8') expect(readRawPublicKey(parsed.key)).toEqual(publicKey);
    }
    for (const parsed of [pkcs8, privateJwk]) {
      if (!parsed.ok || parsed.key.kind === 'jwks' || parsed.key.kind === 'secret') throw new Error('unreadable');
      expect(readRawPrivateKey(parsed.key, scheme)).toEqual({ bytes: seed, form: 'seed' });
    }
  });

  it('writes the AKP JWK the ML-DSA draft describes: kty, alg and pub (and priv, the seed)', () => {
    expect(encodeRawPrivateJwk('ML-DSA-44', Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5, 6))).toEqual({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'BAUG', priv: 'AQID' });
  });

  it.each([
    ['secp256k1', () => generateKeyPairSync('ec', { namedCurve: 'secp256k1' })],
    ['Ed448', () => generateKeyPairSync('ed448')],
  ] as const)('%s: OpenSSL (Node’s crypto) reads the DER written from its own key’s bytes as that key', (scheme, generate) => {
    const { privateKey } = generate();
    const jwk = privateKey.export({ format: 'jwk' });
    const raw = (member: string | undefined) => new Uint8Array(Buffer.from(member ?? '', 'base64url'));
    const publicKey = scheme === 'secp256k1' ? Uint8Array.from([4, ...raw(jwk.x), ...raw(jwk.y)]) : raw(jwk.x);
    const reread = createPrivateKey(formatPem('PRIVATE KEY', encodeRawPkcs8(scheme, raw(jwk.d), publicKey)));
    expect(reread.export({ format: 'jwk' })).toEqual(jwk);
    expect(createPublicKey(formatPem('PUBLIC KEY', encodeRawSpki(scheme, publicKey))).export({ format: 'jwk' })).toEqual(encodeRawPublicJwk(scheme, publicKey));
  });
});

describe('readRawPrivateKey on the other RFC 9881 private key forms', () => {
  const algorithm = encodeDer(DER_TAG.sequence, encodeOid(OID.mlDsa44));
  const wrap = (privateKey: Uint8Array) => formatPem('PRIVATE KEY', encodeDer(DER_TAG.sequence, encodeSmallInteger(0), algorithm, encodeDer(DER_TAG.octetString, privateKey)));

  it.each([
    ['expandedKey only', encodeDer(DER_TAG.octetString, bytes(2560, 1)), { bytes: bytes(2560, 1), form: 'expanded' }],
    ['both: the seed is used', encodeDer(DER_TAG.sequence, encodeDer(DER_TAG.octetString, bytes(32, 2)), encodeDer(DER_TAG.octetString, bytes(2560, 1))), { bytes: bytes(32, 2), form: 'seed' }],
    ['an unknown choice', encodeDer(DER_TAG.integer, Uint8Array.of(1)), null],
  ])('%s', (_name, privateKey, expected) => {
    const parsed = parseKeyInput(wrap(privateKey));
    if (!parsed.ok || parsed.key.kind !== 'pkcs8') throw new Error('unreadable');
    expect(readRawPrivateKey(parsed.key, 'ML-DSA-44')).toEqual(expected);
  });
});
