import { createHmac, createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../../crypto/verify-signature';
import { forgeEmbeddedJwkToken } from './forge-embedded-jwk-token';
import { forgeHmacToken } from './forge-hmac-token';
import { forgeUnsignedToken } from './forge-unsigned-token';
import { forgeZeroEcdsaToken } from './forge-zero-ecdsa-token';
import { readHeaderObject, splitJwsSegments } from '../../token/jws-segments';
import type { ForgedToken } from './tamper-attack';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const SECRET = 'learn-jwt-byte-by-byte';
const SIGNING_INPUT = `${b64('{"alg":"HS256","typ":"JWT","kid":"k1"}')}.${b64('{"sub":"user-42","name":"김하나"}')}`;
const TOKEN = `${SIGNING_INPUT}.${createHmac('sha256', SECRET).update(SIGNING_INPUT).digest('base64url')}`;
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n';

function forged(result: ForgedToken): { header: Record<string, unknown>; payload: string; signature: string; signingInput: string } {
  if (!result.ok) throw new Error(result.code);
  const segments = splitJwsSegments(result.token)!;
  return { header: readHeaderObject(segments.header)!, payload: segments.payload, signature: segments.signature, signingInput: `${segments.header}.${segments.payload}` };
}

const payloadSegment = splitJwsSegments(TOKEN)!.payload;

describe('attack tokens', () => {
  it('alg none: header alg none, other members kept, signature removed', () => {
    const token = forged(forgeUnsignedToken(TOKEN));
    expect(token.header).toEqual({ alg: 'none', typ: 'JWT', kid: 'k1' });
    expect(Object.keys(token.header)[0]).toBe('alg');
    expect(token.payload).toBe(payloadSegment);
    expect(token.signature).toBe('');
  });

  it.each([
    { name: 'a public key text (algorithm confusion)', key: PUBLIC_PEM },
    { name: 'the empty key', key: '' },
  ])('HS256 with $name: the HMAC of the new signing input', ({ key }) => {
    const token = forged(forgeHmacToken(TOKEN, new TextEncoder().encode(key)));
    expect(token.header).toEqual({ alg: 'HS256', typ: 'JWT', kid: 'k1' });
    expect(token.payload).toBe(payloadSegment);
    expect(token.signature).toBe(createHmac('sha256', key).update(token.signingInput).digest('base64url'));
  });

  it('psychic signature: ES256 with r = s = 0', () => {
    const token = forged(forgeZeroEcdsaToken(TOKEN));
    expect(token.header.alg).toBe('ES256');
    expect(token.payload).toBe(payloadSegment);
    expect([...Buffer.from(token.signature, 'base64url')]).toEqual(new Array(64).fill(0));
  });

  it('embedded jwk: ES256 signed by the private half of the public JWK in the header', async () => {
    const token = forged(await forgeEmbeddedJwkToken(TOKEN));
    expect(token.header).toMatchObject({ alg: 'ES256', typ: 'JWT', kid: 'k1', jwk: { kty: 'EC', crv: 'P-256' } });
    expect(token.header.jwk).not.toHaveProperty('d');
    expect(token.payload).toBe(payloadSegment);
    const key = createPublicKey({ key: token.header.jwk as JsonWebKey, format: 'jwk' });
    expect(verify('sha256', Buffer.from(token.signingInput), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(token.signature, 'base64url'))).toBe(true);
  });

  it.each([forgeUnsignedToken, forgeZeroEcdsaToken, (token: string) => forgeHmacToken(token, new Uint8Array())])('refuses a text that is not three segments (%#)', (forge) => {
    expect(forge('a.b')).toEqual({ ok: false, code: 'not-compact-jws' });
  });

  it('the app’s verifier rejects every attack token with the original key', async () => {
    const tokens = [
      forgeUnsignedToken(TOKEN),
      forgeZeroEcdsaToken(TOKEN),
      forgeHmacToken(TOKEN, new Uint8Array()),
      forgeHmacToken(TOKEN, new TextEncoder().encode(PUBLIC_PEM)),
      await forgeEmbeddedJwkToken(TOKEN),
    ];
    expect(await verifySignature({ token: TOKEN, key: SECRET })).toMatchObject({ status: 'valid' });
    for (const result of tokens) {
      if (!result.ok) throw new Error(result.code);
      expect(await verifySignature({ token: result.token, key: SECRET })).toMatchObject({ status: 'invalid' });
    }
  });
});
