import { constants, createHmac, randomBytes, verify, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derivePublicKeyPem, signToken } from './sign-token';
import { createAsymmetricKeyForms, createSecretForms, getKeyPair, type FixtureFormat, type KeyPairType } from './test-support/create-key-fixtures';
import { verifySignature } from './verify-signature';

// Every private-key format a user can paste, made by Node's crypto in setup; each token is checked
// by Node's crypto.verify (independent of jose) and by the app's verifySignature.

const HEADER = '{\n  "alg": "ALG",\n  "typ": "JWT",\n  "kid": "fixture-key"\n}';
const PAYLOAD = '{\n  "sub": "user-42",\n  "name": "Åsa Ødegård — 東京 🗝",\n  "iat": 1700000000\n}';
const PAYLOAD_AS_SIGNED = '{"sub":"user-42","name":"Åsa Ødegård — 東京 🗝","iat":1700000000}';
const HASHES: Readonly<Record<string, string>> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };

const PRIVATE_FORMATS: readonly FixtureFormat[] = ['pkcs8', 'pkcs1-private', 'sec1', 'private-jwk'];
const ASYMMETRIC: ReadonlyArray<[alg: string, pair: KeyPairType]> = [
  ['RS256', 'rsa-2048'],
  ['RS384', 'rsa-2048'],
  ['RS512', 'rsa-2048'],
  ['PS256', 'rsa-2048'],
  ['PS384', 'rsa-2048'],
  ['PS512', 'rsa-2048'],
  ['ES256', 'p-256'],
  ['ES384', 'p-384'],
  ['ES512', 'p-521'],
  ['EdDSA', 'ed25519'],
  ['Ed25519', 'ed25519'],
];

/** Node's crypto.verify of a compact JWS, with RFC 7518's encodings (raw R||S, PSS salt = hash length). */
function verifyWithNode(token: string, alg: string, publicKey: KeyObject): boolean {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const data = Buffer.from(`${header}.${payload}`);
  const bytes = Buffer.from(signature, 'base64url');
  const hash = HASHES[alg.slice(2)] ?? 'sha256';
  if (alg.startsWith('RS')) return verify(hash, data, publicKey, bytes);
  if (alg.startsWith('PS')) return verify(hash, data, { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 }, bytes);
  if (alg.startsWith('ES')) return verify(hash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, bytes);
  return verify(null, data, publicKey, bytes);
}

const rows = ASYMMETRIC.flatMap(([alg, type]) => {
  const pair = getKeyPair(type);
  const forms = createAsymmetricKeyForms(pair, alg, false);
  return PRIVATE_FORMATS.flatMap((format) => {
    const key = forms[format];
    return key ? [{ name: `${alg} ${format}`, alg, format, text: key.text, pair }] : [];
  });
});

describe('signToken: every private-key format made by Node signs correctly', () => {
  it('covers PKCS#8 for every alg, PKCS#1 for RSA, SEC1 for EC and a private JWK for every alg', () => {
    const formatsOf = (alg: string) => rows.filter((row) => row.alg === alg).map((row) => row.format).sort();
    expect(formatsOf('RS256')).toEqual(['pkcs1-private', 'pkcs8', 'private-jwk']);
    expect(formatsOf('ES512')).toEqual(['pkcs8', 'private-jwk', 'sec1']);
    expect(formatsOf('EdDSA')).toEqual(['pkcs8', 'private-jwk']);
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const result = await signToken({ headerJson: HEADER.replace('ALG', row.alg), payloadJson: PAYLOAD, alg: row.alg, key: row.text });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.warnings).toEqual([]);
    expect(verifyWithNode(result.token, row.alg, row.pair.publicKey)).toBe(true);
    expect(Buffer.from(result.token.split('.')[1] ?? '', 'base64url').toString('utf8')).toBe(PAYLOAD_AS_SIGNED);
    const publicPem = row.pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifySignature({ token: result.token, key: publicPem })).toMatchObject({ status: 'valid' });
  });

  it.each(rows.map((row) => [row.name, row] as const))('%s: derivePublicKeyPem gives the pair’s public key', async (_name, row) => {
    const derived = await derivePublicKeyPem(row.text);
    expect(derived).toEqual({ ok: true, publicKeyPem: row.pair.publicKey.export({ type: 'spki', format: 'pem' }).toString().trimEnd() });
  });
});

describe('signToken: HMAC secrets in every encoding and as an oct JWK', () => {
  const bytes = new Uint8Array(randomBytes(64));
  const utf8Text = 'correct horse battery staple — ünïcödé 🔑 0123456789abcdef0123456789';
  const forms = createSecretForms(bytes, utf8Text);

  it.each(['HS256', 'HS384', 'HS512'].flatMap((alg) => Object.entries(forms).map(([format, key]) => [`${alg} ${format}`, alg, key] as const)))(
    '%s',
    async (_name, alg, key) => {
      const encoding = key.secretEncoding ?? 'utf8';
      const result = await signToken({ headerJson: HEADER.replace('ALG', alg), payloadJson: PAYLOAD, alg, key: key.text, secretEncoding: encoding });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const [header = '', payload = '', signature = ''] = result.token.split('.');
      const secret = key.secretEncoding === 'utf8' ? Buffer.from(utf8Text, 'utf8') : Buffer.from(bytes);
      expect(signature).toBe(createHmac(HASHES[alg.slice(2)] ?? '', secret).update(`${header}.${payload}`).digest('base64url'));
      expect(await verifySignature({ token: result.token, key: key.text }, { secretEncoding: encoding })).toMatchObject({ status: 'valid' });
    },
  );

  it.each([
    ['secret', 'HS256'],
    ['{"kty":"oct","k":"c2VjcmV0"}', 'HS256'],
  ])('derivePublicKeyPem(%s) says it is not a private key', async (key) => {
    expect(await derivePublicKeyPem(key)).toEqual({ ok: false, reason: 'not-a-private-key' });
  });
});
