import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KeyInfo } from './key-info';
import { parseKeyInput } from './parse-key-input';
import { rawKeySchemeOf, readRawPrivateKey, readRawPublicKey, type SingleAsymmetricKey } from './read-raw-key';

function singleKey(text: string): SingleAsymmetricKey {
  const parsed = parseKeyInput(text);
  if (!parsed.ok || parsed.key.kind === 'jwks' || parsed.key.kind === 'secret') throw new Error(`not a single key: ${text.slice(0, 40)}`);
  return parsed.key;
}

describe('rawKeySchemeOf', () => {
  it.each<[KeyInfo, string | null]>([
    [{ type: 'ec', curve: 'secp256k1' }, 'secp256k1'],
    [{ type: 'okp', curve: 'Ed448' }, 'Ed448'],
    [{ type: 'other', algorithm: 'ML-DSA-65' }, 'ML-DSA-65'],
    [{ type: 'ec', curve: 'P-256' }, null],
    [{ type: 'okp', curve: 'Ed25519' }, null],
    [{ type: 'other', algorithm: 'AKP' }, null],
    [{ type: 'oct', byteLength: 32 }, null],
  ])('%j → %s', (keyInfo, scheme) => {
    expect(rawKeySchemeOf(keyInfo)).toBe(scheme);
  });
});

describe('readRawPublicKey and readRawPrivateKey', () => {
  const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
  const ed448 = generateKeyPairSync('ed448');
  const k1Jwk = secp256k1.privateKey.export({ format: 'jwk' });
  const edJwk = ed448.privateKey.export({ format: 'jwk' });
  const bytesOf = (member: string | undefined) => new Uint8Array(Buffer.from(member ?? '', 'base64url'));
  const k1Point = Uint8Array.from([4, ...bytesOf(k1Jwk.x), ...bytesOf(k1Jwk.y)]);

  it.each([
    ['a secp256k1 SPKI: the uncompressed point', secp256k1.publicKey.export({ type: 'spki', format: 'pem' }).toString(), k1Point],
    ['a secp256k1 JWK: 04 ‖ x ‖ y', JSON.stringify(secp256k1.publicKey.export({ format: 'jwk' })), k1Point],
    ['an Ed448 SPKI', ed448.publicKey.export({ type: 'spki', format: 'pem' }).toString(), bytesOf(edJwk.x)],
    ['an Ed448 private JWK: its public x', JSON.stringify(edJwk), bytesOf(edJwk.x)],
    ['an AKP JWK: pub', '{"kty":"AKP","alg":"ML-DSA-44","pub":"AQID"}', Uint8Array.of(1, 2, 3)],
    ['a PKCS#8 key: none (derived from the private key instead)', ed448.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), null],
  ])('public bytes of %s', (_name, text, expected) => {
    expect(readRawPublicKey(singleKey(text))).toEqual(expected);
  });

  it.each([
    ['a secp256k1 PKCS#8 (RFC 5915 inside)', secp256k1.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'secp256k1', bytesOf(k1Jwk.d)],
    ['a secp256k1 SEC1 key', secp256k1.privateKey.export({ type: 'sec1', format: 'pem' }).toString(), 'secp256k1', bytesOf(k1Jwk.d)],
    ['a secp256k1 private JWK', JSON.stringify(k1Jwk), 'secp256k1', bytesOf(k1Jwk.d)],
    ['an Ed448 PKCS#8 (RFC 8410)', ed448.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'Ed448', bytesOf(edJwk.d)],
    ['an AKP private JWK: the seed', '{"kty":"AKP","alg":"ML-DSA-44","pub":"AQID","priv":"BAUG"}', 'ML-DSA-44', Uint8Array.of(4, 5, 6)],
  ] as const)('private bytes of %s', (_name, text, scheme, expected) => {
    expect(readRawPrivateKey(singleKey(text), scheme)).toEqual({ bytes: expected, form: 'seed' });
  });

  it('has no private bytes for a public key', () => {
    expect(readRawPrivateKey(singleKey(ed448.publicKey.export({ type: 'spki', format: 'pem' }).toString()), 'Ed448')).toBeNull();
    expect(readRawPrivateKey(singleKey('{"kty":"AKP","alg":"ML-DSA-44","pub":"AQID"}'), 'ML-DSA-44')).toBeNull();
  });

  it('returns null, not an exception, when the PKCS#8 does not hold the scheme’s structure', () => {
    // An Ed448 PKCS#8 read as secp256k1: its inner OCTET STRING is not an ECPrivateKey.
    expect(readRawPrivateKey(singleKey(ed448.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()), 'secp256k1')).toBeNull();
  });
});
