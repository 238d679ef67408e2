import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64url, getKeyPair, publicJwk, signToken, tamperSignature, type KeyPair } from './test-support/create-key-fixtures';
import { verifySignature } from './verify-signature';

const rsa = getKeyPair('rsa-2048');
const p256 = getKeyPair('p-256');
const p384 = getKeyPair('p-384');
const ed25519 = getKeyPair('ed25519');
const secret = new TextEncoder().encode('a-very-long-and-random-enough-secret-for-hs256-tests');

const spkiPem = (pair: KeyPair): string => pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const jwkText = (pair: KeyPair, extra: Record<string, unknown> = {}): string => JSON.stringify(publicJwk(pair, extra));

/** A compact JWS with exactly this header and payload text, MACed with `key` (HS256). */
function macToken(header: Record<string, unknown>, payload: string, key: Uint8Array | string): string {
  const signingInput = `${base64url(JSON.stringify(header))}.${payload}`;
  return `${signingInput}.${base64url(createHmac('sha256', key).update(signingInput).digest())}`;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** A 32-byte MAC is 43 characters, so the last one carries 2 unused bits: flipping one keeps the bytes. */
const flipLowestBit = (character: string): string => ALPHABET.charAt(ALPHABET.indexOf(character) ^ 1);

describe('verifySignature refusals', () => {
  it.each(['', '   ', '\n\t'])('no key (%j) is no-key, whatever the token', async (key) => {
    expect(await verifySignature({ token: 'not a token', key })).toEqual({ status: 'no-key', keyFormat: 'none' });
  });

  describe('alg none in any letter case is never valid', () => {
    it.each(['none', 'None', 'NONE', 'nOnE', ' none '])('%j', async (alg) => {
      const unsigned = `${base64url(JSON.stringify({ alg }))}.${base64url('{"sub":"admin"}')}.`;
      const withSignature = macToken({ alg }, base64url('{"sub":"admin"}'), secret);
      for (const token of [unsigned, withSignature]) {
        const result = await verifySignature({ token, key: new TextDecoder().decode(secret) });
        expect(result).toMatchObject({ status: 'invalid', reason: 'alg-none' });
      }
    });
  });

  describe('algorithm confusion: an HS token never uses public key text as the secret', () => {
    const pem = spkiPem(rsa);
    const forged = macToken({ alg: 'HS256' }, base64url('{"sub":"admin"}'), pem);
    it.each([
      ['PEM SPKI', pem],
      ['PEM SPKI without trailing newline', pem.trimEnd()],
      ['PKCS#1 PEM', rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
      ['public JWK', jwkText(rsa)],
      ['private PKCS#8', rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()],
      ['EC JWK', jwkText(p256)],
    ])('%s', async (_name, key) => {
      const result = await verifySignature({ token: forged, key });
      expect(result).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch', params: { alg: 'HS256' } });
    });
  });

  describe('key type must fit the algorithm', () => {
    it.each([
      ['RS256 with an EC key', 'RS256', rsa, p256, { keyType: 'ec', curve: 'P-256' }],
      ['PS256 with an Ed25519 key', 'PS256', rsa, ed25519, { keyType: 'okp', curve: 'Ed25519' }],
      ['ES256 with a P-384 key', 'ES256', p256, p384, { keyType: 'ec', curve: 'P-384' }],
      ['ES384 with a P-256 key', 'ES384', p384, p256, { keyType: 'ec', curve: 'P-256' }],
      ['ES256 with an RSA key', 'ES256', p256, rsa, { keyType: 'rsa' }],
      ['EdDSA with an EC key', 'EdDSA', ed25519, p256, { keyType: 'ec', curve: 'P-256' }],
    ] as const)('%s', async (_name, alg, signer, verifier, params) => {
      const token = signToken(alg, signer.privateKey);
      for (const key of [spkiPem(verifier), jwkText(verifier)]) {
        const result = await verifySignature({ token, key });
        expect(result).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch', params: { alg, ...params } });
      }
    });

    it('an HMAC secret for RS256 is refused, not tried', async () => {
      const result = await verifySignature({ token: signToken('RS256', rsa.privateKey), key: 'some secret' });
      expect(result).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch', params: { keyType: 'oct' } });
    });
  });

  describe('a single JWK is checked for alg, use and key_ops (jose importJWK drops them)', () => {
    const token = signToken('ES256', p256.privateKey);
    it.each([
      [{ alg: 'ES384' }, 'jwk-alg-mismatch', { jwkAlg: 'ES384' }],
      [{ alg: 'es256' }, 'jwk-alg-mismatch', { jwkAlg: 'es256' }],
      [{ use: 'enc' }, 'jwk-use-mismatch', { use: 'enc' }],
      [{ key_ops: ['sign'] }, 'jwk-key-ops-mismatch', { keyOps: ['sign'] }],
      [{ key_ops: [] }, 'jwk-key-ops-mismatch', { keyOps: [] }],
    ] as const)('%j', async (extra, reason, params) => {
      const result = await verifySignature({ token, key: jwkText(p256, extra) });
      expect(result).toMatchObject({ status: 'invalid', reason, params });
    });

    it('accepts matching alg, use and key_ops, and ignores kid', async () => {
      const key = jwkText(p256, { alg: 'ES256', use: 'sig', key_ops: ['verify'], kid: 'not-the-token-kid' });
      const result = await verifySignature({ token: signToken('ES256', p256.privateKey, { header: { kid: 'other' } }), key });
      expect(result.status).toBe('valid');
    });

    it('an oct JWK with an empty k is refused', async () => {
      const result = await verifySignature({ token: macToken({ alg: 'HS256' }, 'e30', secret), key: '{"kty":"oct","k":""}' });
      expect(result).toMatchObject({ status: 'invalid', reason: 'hmac-key-empty' });
    });
  });

  describe('crit', () => {
    const sign = (header: Record<string, unknown>): string => macToken({ alg: 'HS256', ...header }, base64url('{}'), secret);
    const key = new TextDecoder().decode(secret);

    it('an unknown critical extension is refused and named', async () => {
      const result = await verifySignature({ token: sign({ crit: ['exp', 'http://example.com/x'], exp: 1, 'http://example.com/x': true }), key });
      expect(result).toMatchObject({ status: 'invalid', reason: 'crit-unknown', params: { names: ['exp', 'http://example.com/x'] } });
    });

    it.each([
      ['not an array', { crit: 'b64', b64: true }, 'not-a-non-empty-array'],
      ['empty', { crit: [] }, 'not-a-non-empty-array'],
      ['a non-string', { crit: [1] }, 'not-a-name'],
      ['an empty name', { crit: [''] }, 'not-a-name'],
      ['a duplicate', { crit: ['b64', 'b64'], b64: true }, 'duplicate'],
      ['a registered name', { crit: ['alg'] }, 'registered-name'],
      ['a name absent from the header', { crit: ['b64'] }, 'name-absent'],
      ['b64 that is not a boolean', { crit: ['b64'], b64: 'false' }, 'b64-not-boolean'],
    ])('malformed crit: %s', async (_name, header, problem) => {
      expect(await verifySignature({ token: sign(header), key })).toMatchObject({ status: 'invalid', reason: 'crit-malformed', params: { problem } });
    });

    it('understands b64 (RFC 7797): true verifies as usual, false over the raw payload', async () => {
      expect((await verifySignature({ token: sign({ crit: ['b64'], b64: true }), key })).status).toBe('valid');
      const header = { alg: 'HS256', crit: ['b64'], b64: false };
      const raw = macToken(header, '$02', secret);
      expect((await verifySignature({ token: raw, key })).status).toBe('valid');
    });
  });

  describe('RSA keys under 2048 bits or with a bad exponent are refused with the reason', () => {
    const small = getKeyPair('rsa-1024');
    const token = signToken('RS256', small.privateKey);
    it.each([
      ['SPKI', spkiPem(small)],
      ['PKCS#1', small.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
      ['JWK', jwkText(small)],
      ['PKCS#1 private', small.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
      ['JWKS', JSON.stringify({ keys: [publicJwk(small)] })],
    ])('1024-bit %s', async (_name, key) => {
      expect(await verifySignature({ token, key })).toMatchObject({ status: 'invalid', reason: 'rsa-key-too-small', params: { bits: 1024, minBits: 2048 } });
    });

    it.each([
      ['1', 'AQ'],
      ['2', 'Ag'],
      ['65536', 'AQAA'],
    ])('exponent %s', async (exponent, e) => {
      const key = JSON.stringify({ ...publicJwk(rsa), e });
      expect(await verifySignature({ token: signToken('RS256', rsa.privateKey), key })).toMatchObject({
        status: 'invalid',
        reason: 'rsa-exponent-invalid',
        params: { exponent },
      });
    });
  });

  describe('token structure (checked before any key work)', () => {
    const key = new TextDecoder().decode(secret);
    const good = macToken({ alg: 'HS256' }, base64url('{"a":1}'), secret);
    const [h = '', p = '', s = ''] = good.split('.');
    it.each([
      ['two parts', `${h}.${p}`, 'token-not-compact-jws', { parts: 2 }],
      ['five parts', `${h}.${p}.${s}.x.y`, 'token-not-compact-jws', { parts: 5 }],
      ['padding', `${h}.${p}.${s}=`, 'segment-not-base64url', { part: 'signature', problem: 'padding' }],
      ['standard alphabet', `${h}.${p}.${s.slice(0, -2)}+${s.slice(-1)}`, 'segment-not-base64url', { part: 'signature', problem: 'standard-alphabet' }],
      ['a space', `${h}.${p} .${s}`, 'segment-not-base64url', { part: 'payload', problem: 'invalid-character', position: p.length }],
      ['non-zero trailing bits', `${h}.${p}.${s.slice(0, -1)}${flipLowestBit(s.slice(-1))}`, 'segment-not-base64url', { part: 'signature', problem: 'non-zero-trailing-bits' }],
      ['an empty signature', `${h}.${p}.`, 'signature-empty', {}],
      ['a header that is not JSON', `${base64url('{alg:HS256}')}.${p}.${s}`, 'header-not-json', { problem: 'json-syntax', position: 1 }],
      ['a header that is not UTF-8', `${base64url(Uint8Array.of(0x7b, 0xff, 0x7d))}.${p}.${s}`, 'header-not-utf8', { byteOffset: 1 }],
      ['a header that is an array', `${base64url('["HS256"]')}.${p}.${s}`, 'header-not-object', {}],
      ['a header without alg', `${base64url('{"typ":"JWT"}')}.${p}.${s}`, 'alg-missing', {}],
      ['a numeric alg', `${base64url('{"alg":256}')}.${p}.${s}`, 'alg-missing', {}],
    ])('%s', async (_name, token, reason, params) => {
      expect(await verifySignature({ token, key })).toMatchObject({ status: 'invalid', reason, params });
    });

    it('a valid token verifies (control)', async () => {
      expect((await verifySignature({ token: good, key })).status).toBe('valid');
    });
  });

  describe('JWKS selection', () => {
    const other = getKeyPair('rsa-1024');
    const set = JSON.stringify({
      keys: [publicJwk(p256, { kid: 'ec-1' }), publicJwk(rsa, { kid: 'rsa-1', use: 'sig' }), { kty: 'oct', k: base64url(secret), kid: 'hmac-1' }],
    });

    it('kid not found lists the kids present', async () => {
      const result = await verifySignature({ token: signToken('RS256', rsa.privateKey, { header: { kid: 'nope' } }), key: set });
      expect(result).toMatchObject({ status: 'invalid', reason: 'kid-not-found', params: { kid: 'nope', kids: ['ec-1', 'rsa-1', 'hmac-1'] } });
    });

    it('HMAC algorithms are never looked up in a JWKS', async () => {
      const token = macToken({ alg: 'HS256', kid: 'hmac-1' }, 'e30', secret);
      expect(await verifySignature({ token, key: set })).toMatchObject({ status: 'invalid', reason: 'jwks-no-symmetric' });
    });

    it('a kid whose member does not fit the algorithm says why', async () => {
      const result = await verifySignature({ token: signToken('ES256', p256.privateKey, { header: { kid: 'rsa-1' } }), key: set });
      expect(result).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch', usedKid: 'rsa-1', params: { memberIndex: 1 } });
    });

    it('without kid, every fitting member is tried and the verifying one named', async () => {
      const keys = JSON.stringify({ keys: [publicJwk(other, { kid: 'small' }), publicJwk(getKeyPair('rsa-2048'), { kid: 'right' })] });
      const result = await verifySignature({ token: signToken('RS256', rsa.privateKey), key: keys });
      expect(result).toMatchObject({ status: 'valid', usedKid: 'right', params: { memberIndex: 1, tried: 2 } });
    });

    it('when no member verifies, says how many were tried', async () => {
      const keys = JSON.stringify({ keys: [publicJwk(p256, { kid: 'a' }), publicJwk(p256, { kid: 'b' })] });
      const token = tamperSignature(signToken('ES256', p256.privateKey));
      expect(await verifySignature({ token, key: keys })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch', params: { tried: 2 } });
    });

    it('no fitting member', async () => {
      const keys = JSON.stringify({ keys: [publicJwk(p256, { kid: 'a' }), publicJwk(p256, { kid: 'b', use: 'enc' })] });
      const result = await verifySignature({ token: signToken('RS256', rsa.privateKey), key: keys });
      expect(result).toMatchObject({ status: 'invalid', reason: 'jwks-no-matching-key', params: { members: 2 } });
    });

    it('an empty set', async () => {
      expect(await verifySignature({ token: signToken('RS256', rsa.privateKey), key: '{"keys":[]}' })).toMatchObject({ status: 'invalid', reason: 'jwks-empty' });
    });

    it('JWKS members with private parameters are used through their public half, with a note', async () => {
      const keys = JSON.stringify({ keys: [{ ...p256.privateKey.export({ format: 'jwk' }), kid: 'p' }] });
      const result = await verifySignature({ token: signToken('ES256', p256.privateKey), key: keys });
      expect(result).toMatchObject({ status: 'valid', usedKid: 'p', keyNotes: ['jwks-private-members-ignored'] });
    });

    it('an unreadable member selected by kid reports its key error', async () => {
      const keys = JSON.stringify({ keys: [{ kty: 'RSA', kid: 'broken', e: 'AQAB' }] });
      const result = await verifySignature({ token: signToken('RS256', rsa.privateKey, { header: { kid: 'broken' } }), key: keys });
      expect(result).toMatchObject({ status: 'error', reason: 'jwk-missing-member', usedKid: 'broken', params: { member: 'n', index: 0 } });
    });
  });

  // ES256K, Ed448 and ML-DSA are verified now (verify-signature.raw-keys.test.ts).
  describe('what no engine here can do is unsupported, never invalid', () => {
    it.each([
      ['an unknown alg', `${base64url('{"alg":"XS999"}')}.e30.AAAA`, 'secret', 'alg-unknown'],
      ['a lower-case alg', `${base64url('{"alg":"hs256"}')}.e30.AAAA`, 'secret', 'alg-unknown'],
    ])('%s', async (_name, token, key, reason) => {
      expect(await verifySignature({ token, key })).toMatchObject({ status: 'unsupported', reason });
    });
  });
});
