import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { PRIME_CURVES, bytesToBigInt } from '../findings/elliptic-curves';
import { encodeRawSpki } from '../keys/encode-raw-key';
import { formatPem } from '../keys/parse-pem';
import { base64url, getKeyPair, signToken, tamperSignature } from './test-support/create-key-fixtures';
import draftExamples from './test-support/ml-dsa-draft-examples.json';
import nodeFixtures from './test-support/node-crypto-fixtures.json';
import { verifySignature } from './verify-signature';

// ES256K, Ed448 and ML-DSA are verified by the @noble libraries: these tokens come from
// implementations independent of them (Node's OpenSSL, and the ML-DSA draft's published examples).

const json = (value: unknown): string => JSON.stringify(value);

describe('tokens signed by Node’s crypto (scripts/generate-raw-key-fixtures.mjs)', () => {
  describe.each(nodeFixtures.fixtures)('$alg', (fixture) => {
    it.each([
      ['SPKI PEM', fixture.publicPem],
      ['public JWK', json(fixture.publicJwk)],
      ['JWK Set (selected by kid)', json({ keys: [{ ...fixture.otherPublicJwk, kid: 'other' }, { ...fixture.publicJwk, kid: 'node-crypto' }] })],
      ['PKCS#8 private key', fixture.privatePem],
      ['private JWK', json(fixture.privateJwk)],
    ])('verify valid with its key as %s', async (_form, key) => {
      expect(await verifySignature({ token: fixture.token, key })).toMatchObject({ status: 'valid', params: { alg: fixture.alg } });
    });

    it.each([
      ['another SPKI PEM', fixture.otherPublicPem],
      ['another JWK', json(fixture.otherPublicJwk)],
    ])('is invalid with %s', async (_form, key) => {
      expect(await verifySignature({ token: fixture.token, key })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
    });

    it('is invalid once its signature is changed', async () => {
      expect(await verifySignature({ token: tamperSignature(fixture.token), key: fixture.publicPem })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
    });
  });
});

describe('ES256K', () => {
  const secp256k1 = getKeyPair('secp256k1');
  const publicPem = secp256k1.publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('accepts both S halves, as RFC 8812 asks for no low-S form', async () => {
    const token = signToken('ES256K', secp256k1.privateKey);
    const [header, payload, signature = ''] = token.split('.');
    const decoded = decodeBase64Url(signature);
    if (!decoded.ok) throw new Error('fixture signature');
    const n = PRIME_CURVES.get('secp256k1')?.n ?? 0n;
    const s = bytesToBigInt(decoded.bytes.subarray(32));
    const flipped = (n - s).toString(16).padStart(64, '0');
    const otherHalf = Uint8Array.from([...decoded.bytes.subarray(0, 32), ...Buffer.from(flipped, 'hex')]);
    for (const candidate of [token, `${header}.${payload}.${encodeBase64Url(otherHalf)}`]) {
      expect(await verifySignature({ token: candidate, key: publicPem })).toMatchObject({ status: 'valid' });
    }
  });

  it.each([
    ['r = s = 0 (CVE-2022-21449)', new Uint8Array(64)],
    ['a DER signature', Uint8Array.of(0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01)],
  ])('refuses %s as invalid', async (_name, signature) => {
    const [header, payload] = signToken('ES256K', secp256k1.privateKey).split('.');
    expect(await verifySignature({ token: `${header}.${payload}.${encodeBase64Url(signature)}`, key: publicPem })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
  });

  it.each([
    ['ES256 with a secp256k1 key', signToken('ES256', getKeyPair('p-256').privateKey), publicPem],
    ['ES256K with a P-256 key', signToken('ES256K', secp256k1.privateKey), getKeyPair('p-256').publicKey.export({ type: 'spki', format: 'pem' }).toString()],
    ['Ed448 with an Ed25519 key', signToken('Ed448', getKeyPair('ed448').privateKey), getKeyPair('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString()],
  ])('%s is a key-alg-mismatch', async (_name, token, key) => {
    expect(await verifySignature({ token, key })).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch' });
  });

  it('reports a JWK whose point the library refuses as a key error', async () => {
    const jwk = { kty: 'EC', crv: 'secp256k1', x: base64url(new Uint8Array(32)), y: base64url(new Uint8Array(32)) };
    expect(await verifySignature({ token: signToken('ES256K', secp256k1.privateKey), key: json(jwk) })).toMatchObject({ status: 'error', reason: 'key-import-failed' });
  });
});

describe('the ML-DSA draft’s JOSE examples (RFC 9964)', () => {
  describe.each(draftExamples.examples)('$alg', (example) => {
    const { priv: _priv, ...publicJwk } = example.jwk;
    const pub = decodeBase64Url(example.jwk.pub);
    const spkiPem = pub.ok ? formatPem('PUBLIC KEY', encodeRawSpki(example.alg as 'ML-DSA-44', pub.bytes)) : '';

    it.each([
      ['public AKP JWK', json(publicJwk)],
      ['private AKP JWK (the seed)', json(example.jwk)],
      ['JWK Set', json({ keys: [publicJwk] })],
      ['SPKI PEM (RFC 9881)', spkiPem],
    ])('verify valid with %s', async (_form, key) => {
      expect(await verifySignature({ token: example.jws, key })).toMatchObject({ status: 'valid', params: { alg: example.alg } });
    });

    it('is invalid once its signature is changed', async () => {
      expect(await verifySignature({ token: tamperSignature(example.jws), key: json(publicJwk) })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
    });

    it('is refused with another parameter set’s key: its JWK says another alg, its SPKI another OID', async () => {
      const other = draftExamples.examples.find((candidate) => candidate.alg !== example.alg);
      const otherPub = decodeBase64Url(other?.jwk.pub ?? '');
      const otherPem = otherPub.ok ? formatPem('PUBLIC KEY', encodeRawSpki(other?.alg as 'ML-DSA-44', otherPub.bytes)) : '';
      expect(await verifySignature({ token: example.jws, key: json(other?.jwk) })).toMatchObject({ status: 'invalid', reason: 'jwk-alg-mismatch' });
      expect(await verifySignature({ token: example.jws, key: otherPem })).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch' });
    });
  });

  it('is invalid with an RSA key', async () => {
    const [first] = draftExamples.examples;
    const rsaPem = getKeyPair('rsa-2048').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifySignature({ token: first?.jws ?? '', key: rsaPem })).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch' });
  });
});
