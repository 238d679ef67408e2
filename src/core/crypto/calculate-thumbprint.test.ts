import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { calculateThumbprint } from './calculate-thumbprint';

/** RFC 7638 §3: SHA of the required members, sorted, no whitespace; computed here with Node as the oracle. */
function oracle(jwk: Record<string, unknown>, members: string[], hash = 'sha256'): string {
  const canonical = `{${members.map((member) => `${JSON.stringify(member)}:${JSON.stringify(jwk[member])}`).join(',')}}`;
  return createHash(hash).update(canonical).digest('base64url');
}

describe('calculateThumbprint', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'secp384r1' });
  const ed = generateKeyPairSync('ed25519');

  it.each([
    ['RSA', rsa.publicKey.export({ format: 'jwk' }), ['e', 'kty', 'n']],
    ['EC', ec.publicKey.export({ format: 'jwk' }), ['crv', 'kty', 'x', 'y']],
    ['OKP', ed.publicKey.export({ format: 'jwk' }), ['crv', 'kty', 'x']],
    ['oct', { kty: 'oct', k: 'c2VjcmV0' }, ['k', 'kty']],
  ])('%s: matches the canonical-JSON digest, ignoring other members', async (_name, jwk, members) => {
    const withExtras = { ...jwk, kid: 'k', alg: 'X', use: 'sig' } as JsonObject;
    expect(await calculateThumbprint(withExtras)).toEqual({ ok: true, thumbprint: oracle(jwk, members) });
    expect(await calculateThumbprint(withExtras, 'sha512')).toEqual({ ok: true, thumbprint: oracle(jwk, members, 'sha512') });
  });

  it('gives a private JWK its public key thumbprint', async () => {
    const privateJwk = ec.privateKey.export({ format: 'jwk' }) as JsonObject;
    const publicJwk = ec.publicKey.export({ format: 'jwk' }) as JsonObject;
    expect(await calculateThumbprint(privateJwk)).toEqual(await calculateThumbprint(publicJwk));
  });

  it.each([
    [{}, { reason: 'jwk-missing-member', member: 'kty' }],
    [{ kty: 1 }, { reason: 'jwk-member-type', member: 'kty' }],
    [{ kty: 'XYZ' }, { reason: 'kty-unsupported', kty: 'XYZ' }],
    [{ kty: 'EC', crv: 'P-256', x: 'AA' }, { reason: 'jwk-missing-member', member: 'y' }],
    [{ kty: 'RSA', n: 'AA', e: 65537 }, { reason: 'jwk-member-type', member: 'e' }],
  ])('refuses %j', async (jwk, failure) => {
    expect(await calculateThumbprint(jwk as JsonObject)).toEqual({ ok: false, ...failure });
  });
});
