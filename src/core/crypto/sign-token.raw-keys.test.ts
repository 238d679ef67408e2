import { createPrivateKey, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../encoding/base64url';
import { ml_dsa44 } from '@noble/post-quantum/ml-dsa.js';
import { DER_TAG, encodeDer, encodeOid, encodeSmallInteger } from '../keys/der';
import { encodeRawSpki } from '../keys/encode-raw-key';
import { OID } from '../keys/key-info';
import { formatPem } from '../keys/parse-pem';
import { generateKey, type GeneratedKey } from './generate-key';
import { derivePublicKeyPem, signToken } from './sign-token';
import { base64url, signToken as signWithNode } from './test-support/create-key-fixtures';
import draftExamples from './test-support/ml-dsa-draft-examples.json';
import nodeFixtures from './test-support/node-crypto-fixtures.json';
import { verifySignature } from './verify-signature';

// Tokens signed here by the @noble libraries are checked by an independent verifier: Node's crypto
// (OpenSSL) for ES256K and Ed448; for ML-DSA, which Node 20 lacks, the draft's published key pairs.

const PAYLOAD = '{"sub":"raw-key signer","iat":1767225600}';
const json = (value: unknown): string => JSON.stringify(value);

/** Returns whether Node's crypto verifies the compact JWS with `publicKey` (JOSE ECDSA is raw R‖S). */
function verifiedByNode(token: string, alg: string, publicKey: KeyObject): boolean {
  const lastDot = token.lastIndexOf('.');
  const signature = Buffer.from(token.slice(lastDot + 1), 'base64url');
  const input = Buffer.from(token.slice(0, lastDot));
  return alg === 'ES256K' ? verify('sha256', input, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature) : verify(null, input, publicKey, signature);
}

async function signed(alg: string, key: string, header: Record<string, unknown> = {}): Promise<string> {
  const result = await signToken({ headerJson: json({ alg, ...header }), payloadJson: PAYLOAD, alg, key });
  if (!result.ok) throw new Error(`signing failed: ${result.error.code}`);
  return result.token;
}

async function generated(alg: string): Promise<Extract<GeneratedKey, { kind: 'key-pair' }>> {
  const result = await generateKey(alg);
  if (!result.ok || result.key.kind !== 'key-pair') throw new Error(`no key pair for ${alg}`);
  return result.key;
}

describe('signToken with keys made by Node’s crypto, verified by Node’s crypto', () => {
  describe.each(nodeFixtures.fixtures)('$alg', (fixture) => {
    it.each([
      ['PKCS#8 PEM', fixture.privatePem],
      ['private JWK', json(fixture.privateJwk)],
    ])('signs with a %s', async (_form, key) => {
      const token = await signed(fixture.alg, key);
      expect(verifiedByNode(token, fixture.alg, createPublicKey(fixture.publicPem))).toBe(true);
      expect(verifiedByNode(token, fixture.alg, createPublicKey(fixture.otherPublicPem))).toBe(false);
      expect(await verifySignature({ token, key: fixture.publicPem })).toMatchObject({ status: 'valid' });
    });

    it('derives the public key Node exports', async () => {
      expect(await derivePublicKeyPem(fixture.privatePem)).toEqual({ ok: true, publicKeyPem: fixture.publicPem.trim() + '\n' });
    });
  });

  it.each([
    ['a secp256k1 scalar of zero', { ...nodeFixtures.fixtures[0]?.privateJwk, d: base64url(new Uint8Array(32)) }, 'ES256K'],
    ['an ML-DSA seed of 16 bytes', { kty: 'AKP', alg: 'ML-DSA-44', pub: draftExamples.examples[0]?.jwk.pub, priv: base64url(new Uint8Array(16)) }, 'ML-DSA-44'],
  ])('refuses %s as the key, as WebCrypto’s import would', async (_name, jwk, alg) => {
    const result = await signToken({ headerJson: json({ alg }), payloadJson: PAYLOAD, alg, key: json(jwk) });
    expect(result).toMatchObject({ ok: false, error: { code: 'key-import-failed', field: 'key', params: { alg } } });
  });

  it('refuses a malformed crit as jose does', async () => {
    const [fixture] = nodeFixtures.fixtures;
    const result = await signToken({ headerJson: json({ alg: 'ES256K', crit: ['exp'] }), payloadJson: PAYLOAD, alg: 'ES256K', key: fixture?.privatePem ?? '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'header-crit-invalid', field: 'header' } });
  });
});

describe('generateKey for the raw-key algorithms', () => {
  it.each(['ES256K', 'Ed448'])('%s: Node’s crypto reads the PEMs and JWKs, and each side verifies what the other signed', async (alg) => {
    const key = await generated(alg);
    const nodePublic = createPublicKey(key.publicPem);
    const nodePrivate = createPrivateKey(key.privatePem);
    expect(createPublicKey({ key: key.publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' })).toBe(key.publicPem.trim() + '\n');
    expect(createPrivateKey({ key: key.privateJwk as never, format: 'jwk' }).export({ type: 'pkcs8', format: 'pem' })).toBe(nodePrivate.export({ type: 'pkcs8', format: 'pem' }));
    expect(nodePublic.export({ format: 'jwk' })).toMatchObject({ x: key.publicJwk.x });

    expect(verifiedByNode(await signed(alg, key.privatePem), alg, nodePublic)).toBe(true);
    const nodeToken = signWithNode(alg, nodePrivate);
    for (const verificationKey of [key.publicPem, json(key.publicJwk), json(key.jwks)]) {
      expect(await verifySignature({ token: nodeToken, key: verificationKey })).toMatchObject({ status: 'valid' });
    }
    expect(key.publicJwk).toMatchObject({ alg, use: 'sig', kid: key.kid });
  });

  it.each(['ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'])('%s: signs and verifies in every exported form; another key is invalid', async (alg) => {
    const [key, other] = await Promise.all([generated(alg), generated(alg)]);
    expect(key.publicJwk).toMatchObject({ kty: 'AKP', alg, use: 'sig', kid: key.kid });
    for (const signingKey of [key.privatePem, json(key.privateJwk)]) {
      const token = await signed(alg, signingKey, { kid: key.kid });
      for (const verificationKey of [key.publicPem, json(key.publicJwk), json(key.jwks), key.privatePem]) {
        expect(await verifySignature({ token, key: verificationKey })).toMatchObject({ status: 'valid', params: { alg } });
      }
      expect(await verifySignature({ token, key: other.publicPem })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
    }
    expect(await derivePublicKeyPem(key.privatePem)).toEqual({ ok: true, publicKeyPem: key.publicPem });
  });
});

describe('the ML-DSA draft’s key pairs (RFC 9964)', () => {
  it.each(draftExamples.examples)('$alg: a token signed with the draft’s seed verifies with the draft’s public key', async (example) => {
    const { priv: _priv, ...publicJwk } = example.jwk;
    const token = await signed(example.alg, json(example.jwk));
    expect(await verifySignature({ token, key: json(publicJwk) })).toMatchObject({ status: 'valid' });
    const pub = decodeBase64Url(example.jwk.pub);
    if (!pub.ok) throw new Error('draft pub');
    const spkiPem = formatPem('PUBLIC KEY', encodeRawSpki(example.alg as 'ML-DSA-44', pub.bytes));
    expect(await derivePublicKeyPem(json(example.jwk))).toEqual({ ok: true, publicKeyPem: spkiPem });
  });

  it('the draft’s example JWS kid is the RFC 7638 thumbprint our generator would give (alg, kty, pub)', async () => {
    const { calculateThumbprint } = await import('./calculate-thumbprint');
    for (const example of draftExamples.examples) {
      expect(await calculateThumbprint(example.jwk)).toEqual({ ok: true, thumbprint: example.jwk.kid });
    }
  });

  it('an RFC 9881 expanded-only PKCS#8 key signs and verifies like its seed', async () => {
    const [example] = draftExamples.examples;
    if (example === undefined) throw new Error('draft example');
    const seed = decodeBase64Url(example.jwk.priv);
    if (!seed.ok) throw new Error('draft seed');
    const expanded = ml_dsa44.keygen(seed.bytes).secretKey;
    const algorithm = encodeDer(DER_TAG.sequence, encodeOid(OID.mlDsa44));
    const pkcs8 = formatPem('PRIVATE KEY', encodeDer(DER_TAG.sequence, encodeSmallInteger(0), algorithm, encodeDer(DER_TAG.octetString, encodeDer(DER_TAG.octetString, expanded))));
    const { priv: _priv, ...publicJwk } = example.jwk;
    const token = await signed('ML-DSA-44', pkcs8);
    expect(await verifySignature({ token, key: json(publicJwk) })).toMatchObject({ status: 'valid' });
    expect(await verifySignature({ token: example.jws, key: pkcs8 })).toMatchObject({ status: 'valid' });
  });

  it('a token whose header was re-encoded no longer verifies', async () => {
    const [example] = draftExamples.examples;
    const [, payload, signature] = (example?.jws ?? '').split('.');
    const token = `${base64url(JSON.stringify({ alg: example?.alg }))}.${payload}.${signature}`;
    expect(await verifySignature({ token, key: json(example?.jwk) })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
  });
});
