import { describe, expect, it } from 'vitest';
import { parseKeyInput } from '../keys/parse-key-input';
import { generateJweKey, type GeneratedJweKey } from './generate-jwe-key';

async function generated(alg: string, enc: string, options: Parameters<typeof generateJweKey>[2] = {}): Promise<GeneratedJweKey> {
  const result = await generateJweKey(alg, enc, options);
  if (!result.ok) throw new Error(`${alg}: ${result.error.code}`);
  return result.key;
}

describe('generateJweKey', () => {
  it.each([
    ['dir', 'A128GCM', 16, 'A128GCM'],
    ['dir', 'A256GCM', 32, 'A256GCM'],
    ['dir', 'A128CBC-HS256', 32, 'A128CBC-HS256'],
    ['dir', 'A256CBC-HS512', 64, 'A256CBC-HS512'],
    ['A128KW', 'A256GCM', 16, 'A128KW'],
    ['A192KW', 'A256GCM', 24, 'A192KW'],
    ['A256GCMKW', 'A128GCM', 32, 'A256GCMKW'],
  ])('%s %s: an AES key of %i bytes, its oct JWK for %s', async (alg, enc, bytes, jwkAlg) => {
    const key = await generated(alg, enc);
    if (key.kind !== 'secret') throw new Error('expected a secret');
    expect(key.bytes).toHaveLength(bytes);
    expect(key.jwk).toMatchObject({ kty: 'oct', alg: jwkAlg, use: 'enc' });
  });

  it('PBES2: a random 24-character password, a new one each time', async () => {
    const [a, b] = await Promise.all([generated('PBES2-HS256+A128KW', 'A128GCM'), generated('PBES2-HS256+A128KW', 'A128GCM')]);
    if (a.kind !== 'password' || b.kind !== 'password') throw new Error('expected passwords');
    expect(a.password).toMatch(/^[\w-]{24}$/);
    expect(a.password).not.toBe(b.password);
  });

  it.each([
    ['RSA-OAEP-256', {}, { type: 'rsa', modulusBits: 2048 }],
    ['RSA-OAEP', { modulusBits: 3072 as const }, { type: 'rsa', modulusBits: 3072 }],
    ['ECDH-ES', {}, { type: 'ec', curve: 'P-256' }],
    ['ECDH-ES+A192KW', { curve: 'P-521' as const }, { type: 'ec', curve: 'P-521' }],
    ['ECDH-ES+A256KW', { curve: 'X25519' as const }, { type: 'okp', curve: 'X25519' }],
  ])('%s %j: a key pair whose PEMs read back as that key, JWKs marked for encryption', async (alg, options, keyInfo) => {
    const key = await generated(alg, 'A256GCM', options);
    if (key.kind !== 'key-pair') throw new Error('expected a key pair');
    const parsedPrivate = parseKeyInput(key.privatePem);
    const parsedPublic = parseKeyInput(key.publicPem);
    expect(parsedPrivate).toMatchObject({ ok: true, key: { kind: 'pkcs8', keyInfo } });
    expect(parsedPublic).toMatchObject({ ok: true, key: { kind: 'spki', keyInfo } });
    expect(key.publicJwk).toMatchObject({ alg, use: 'enc', kid: key.kid });
    expect(key.privateJwk).toHaveProperty('d');
    expect(key.jwks.keys).toEqual([key.publicJwk]);
  });

  it.each([
    ['RSA1_5', 'A128GCM', 'alg-unsupported'],
    ['A512KW', 'A128GCM', 'alg-unknown'],
    ['dir', 'A128CTR', 'alg-unknown'],
  ])('%s %s: %s, as data', async (alg, enc, code) => {
    expect(await generateJweKey(alg, enc)).toMatchObject({ ok: false, error: { code } });
  });
});
