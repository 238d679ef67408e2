import { createPublicKey } from 'node:crypto';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, importJWK, importSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeSecret } from '../keys/decode-secret';
import { parseKeyInput } from '../keys/parse-key-input';
import { encodeSecretText, generateKey, type GeneratedKey } from './generate-key';
import { signToken } from './sign-token';
import { verifySignature } from './verify-signature';

// For every algorithm: generate, sign what a user typed, then verify with the exported public key
// twice: with jose in Node (independent of our wrapper) and through the app's verifySignature.

const HMAC = ['HS256', 'HS384', 'HS512'] as const;
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;

const PAYLOAD_JSON = `{
  "sub": "1234567890",
  "name": "Zoë Ünïcødé 김철수 🔑",
  "admin": true,
  "big": 12345678901234567890,
  "ratio": 1.0,
  "iat": 1516239022
}`;
/** What the token must carry: the typed text, whitespace between tokens dropped, every lexeme as written. */
const PAYLOAD_AS_SIGNED = '{"sub":"1234567890","name":"Zoë Ünïcødé 김철수 🔑","admin":true,"big":12345678901234567890,"ratio":1.0,"iat":1516239022}';

const headerFor = (alg: string, extra = '') => `{ "alg": "${alg}", "typ": "JWT"${extra} }`;

async function generated(alg: string): Promise<GeneratedKey> {
  const result = await generateKey(alg);
  if (!result.ok) throw new Error(`${alg}: ${result.error.code}`);
  return result.key;
}

async function signed(alg: string, key: string, secretEncoding?: 'base64url'): Promise<string> {
  const result = await signToken({ headerJson: headerFor(alg), payloadJson: PAYLOAD_JSON, alg, key, ...(secretEncoding ? { secretEncoding } : {}) });
  if (!result.ok) throw new Error(`${alg}: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.token;
}

function payloadTextOf(token: string): string {
  return Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8');
}

describe('generateKey: HMAC', () => {
  it.each(HMAC)('%s: a secret of the hash size signs, and the token verifies with the same secret', async (alg) => {
    const key = await generated(alg);
    if (key.kind !== 'secret') throw new Error('expected a secret');
    expect(key.bytes.length).toBe(Number(alg.slice(2)) / 8);
    expect(key.jwk).toMatchObject({ kty: 'oct', alg });

    const text = encodeSecretText(key.bytes, 'base64url');
    const token = await signed(alg, text, 'base64url');
    await expect(compactVerify(token, key.bytes, { algorithms: [alg] })).resolves.toBeDefined();
    expect(await verifySignature({ token, key: text }, { secretEncoding: 'base64url' })).toMatchObject({ status: 'valid' });
    expect(payloadTextOf(token)).toBe(PAYLOAD_AS_SIGNED);
  });

  it('two secrets are never the same', async () => {
    const [a, b] = await Promise.all([generated('HS256'), generated('HS256')]);
    expect(a.kind === 'secret' && b.kind === 'secret' && Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
  });

  it.each(['base64url', 'base64', 'hex'] as const)('encodeSecretText(%s) is read back to the same bytes by decodeSecret', (encoding) => {
    const bytes = new Uint8Array([0, 1, 250, 251, 252, 253, 254, 255, 62, 63]);
    const decoded = decodeSecret(encodeSecretText(bytes, encoding), encoding);
    expect(decoded.ok && [...decoded.bytes]).toEqual([...bytes]);
    // decodeSecret notes padding even in base64 mode (its own choice); the bytes are what count here.
    if (encoding !== 'base64') expect(decoded.ok && decoded.notes).toEqual([]);
  });
});

describe('generateKey: key pairs', () => {
  it.each(ASYMMETRIC)('%s: sign with the private PEM and JWK; verify with the public PEM, JWK and JWKS (jose in Node and verifySignature)', async (alg) => {
    const key = await generated(alg);
    if (key.kind !== 'key-pair') throw new Error('expected a key pair');

    for (const privateText of [key.privatePem, JSON.stringify(key.privateJwk)]) {
      const token = await signed(alg, privateText);
      expect(decodeProtectedHeader(token)).toEqual({ alg, typ: 'JWT' });

      const { payload } = await compactVerify(token, await importSPKI(key.publicPem, alg), { algorithms: [alg] });
      expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ name: 'Zoë Ünïcødé 김철수 🔑' });
      expect(payloadTextOf(token)).toBe(PAYLOAD_AS_SIGNED);
      await expect(compactVerify(token, await importJWK(key.publicJwk, alg), { algorithms: [alg] })).resolves.toBeDefined();
      await expect(compactVerify(token, createLocalJWKSet(key.jwks), { algorithms: [alg] })).resolves.toBeDefined();

      expect(await verifySignature({ token, key: key.publicPem })).toMatchObject({ status: 'valid', keyFormat: 'pem-spki' });
      expect(await verifySignature({ token, key: JSON.stringify(key.publicJwk) })).toMatchObject({ status: 'valid', keyFormat: 'jwk' });
      expect(await verifySignature({ token, key: JSON.stringify(key.jwks) })).toMatchObject({ status: 'valid', usedKid: key.kid });
    }
  });

  it.each(ASYMMETRIC)('%s: the exports are PKCS#8 / SPKI PEM and JWKs of the same key, and kid is the RFC 7638 thumbprint', async (alg) => {
    const key = await generated(alg);
    if (key.kind !== 'key-pair') throw new Error('expected a key pair');
    expect(key.privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(key.publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(parseKeyInput(key.privatePem)).toMatchObject({ ok: true, key: { kind: 'pkcs8', format: 'private-key' } });
    expect(key.publicJwk).toMatchObject({ kid: key.kid, alg, use: 'sig' });
    expect(key.publicJwk).not.toHaveProperty('d');
    expect(key.privateJwk).toHaveProperty('d');
    expect(key.jwks.keys).toEqual([key.publicJwk]);
    // Node's own thumbprint-free check: the public JWK and the SPKI PEM are the same key.
    const fromPem = createPublicKey(key.publicPem).export({ format: 'jwk' });
    const { kid: _kid, alg: _alg, use: _use, ...bare } = key.publicJwk;
    expect(bare).toEqual(fromPem);
    const { calculateJwkThumbprint } = await import('jose');
    expect(key.kid).toBe(await calculateJwkThumbprint(fromPem as Parameters<typeof calculateJwkThumbprint>[0], 'sha256'));
  });

  it.each([
    ['ES256', 'P-256'],
    ['ES384', 'P-384'],
    ['ES512', 'P-521'],
    ['EdDSA', 'Ed25519'],
    ['Ed25519', 'Ed25519'],
  ])('%s makes a key on %s', async (alg, curve) => {
    const key = await generated(alg);
    expect(key.kind === 'key-pair' && key.publicJwk.crv).toBe(curve);
  });

  it.each([2048, 3072, 4096] as const)('RS256 with a %i-bit modulus', async (modulusBits) => {
    const result = await generateKey('RS256', { modulusBits });
    if (!result.ok || result.key.kind !== 'key-pair') throw new Error('expected a key pair');
    const key = createPublicKey(result.key.publicPem);
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(modulusBits);
    const token = await signed('RS256', result.key.privatePem);
    expect(await verifySignature({ token, key: result.key.publicPem })).toMatchObject({ status: 'valid' });
  }, 60_000);
});

describe('generateKey: refusals', () => {
  it.each([
    ['none', 'alg-none'],
    ['HS257', 'alg-unknown'],
    ['ES256k', 'alg-unknown'],
  ])('%s → %s', async (alg, code) => {
    expect(await generateKey(alg)).toEqual({ ok: false, error: { code, params: { alg } } });
  });
});
