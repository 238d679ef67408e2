import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../encoding/base64url';
import { inspectToken } from '../../inspect-token';
import { nodeAlg, spkiPem, tamperPayload, tokenSignedByNode } from './test-support/sign-with-node';
import { stepHex, stepIds } from './test-support/step-hex';
import { walkTokenSignature } from './walk-token-signature';

const CASES = [
  { alg: 'ES256', curve: 'prime256v1', size: 32 },
  { alg: 'ES384', curve: 'secp384r1', size: 48 },
  { alg: 'ES512', curve: 'secp521r1', size: 66 },
] as const;

describe('walkTokenSignature, ECDSA, against node:crypto', () => {
  for (const { alg, curve, size } of CASES) {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: curve });
    const publicPem = spkiPem(publicKey);
    const { hash } = nodeAlg(alg);

    it(`${alg}: r and s are Node's IEEE P1363 halves, and x(u1·G + u2·Q) mod n recomputes r`, () => {
      const token = tokenSignedByNode(alg, privateKey);
      const signingInput = token.slice(0, token.lastIndexOf('.'));
      const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
      expect(verify(hash, Buffer.from(signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(true);
      const walk = walkTokenSignature(inspectToken(token), publicPem, 'utf8');
      expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'r', 's', 'digest', 'u1', 'u2', 'recomputed']);
      if (!walk.ok) return;
      expect(signature.length).toBe(2 * size);
      expect(stepHex(walk, 'r')).toBe(signature.subarray(0, size).toString('hex'));
      expect(stepHex(walk, 's')).toBe(signature.subarray(size).toString('hex'));
      expect(stepHex(walk, 'digest')).toBe(createHash(hash).update(signingInput).digest('hex'));
      expect(stepHex(walk, 'recomputed')).toBe(stepHex(walk, 'r'));
      expect(walk.match).toBe(true);
    });

    it(`${alg}: a tampered payload recomputes another x, so no match (Node agrees)`, () => {
      const tampered = tamperPayload(tokenSignedByNode(alg, privateKey));
      const signingInput = tampered.slice(0, tampered.lastIndexOf('.'));
      const signature = Buffer.from(tampered.slice(tampered.lastIndexOf('.') + 1), 'base64url');
      expect(verify(hash, Buffer.from(signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)).toBe(false);
      const walk = walkTokenSignature(inspectToken(tampered), publicPem, 'utf8');
      expect(walk.ok).toBe(true);
      expect(walk.ok && walk.match).toBe(false);
      expect(stepHex(walk, 'recomputed')).not.toBe(stepHex(walk, 'r'));
    });

    it(`${alg}: a DER signature is not r ‖ s, and is refused by its length`, () => {
      const signingInput = tokenSignedByNode(alg, privateKey).split('.').slice(0, 2).join('.');
      const der = sign(hash, Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'der' });
      const walk = walkTokenSignature(inspectToken(`${signingInput}.${encodeBase64Url(der)}`), publicPem, 'utf8');
      expect(walk).toEqual({ ok: false, error: { code: 'signature-length', expected: 2 * size, actual: der.length } });
    });

    it(`${alg}: the psychic signature r = s = 0 never matches`, () => {
      const signingInput = tokenSignedByNode(alg, privateKey).split('.').slice(0, 2).join('.');
      const walk = walkTokenSignature(inspectToken(`${signingInput}.${encodeBase64Url(new Uint8Array(2 * size))}`), publicPem, 'utf8');
      expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'r', 's', 'digest']);
      expect(walk.ok && walk.match).toBe(false);
    });
  }

  it('a key on another curve is the wrong key, named with its curve', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const other = spkiPem(generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey);
    expect(walkTokenSignature(inspectToken(tokenSignedByNode('ES256', privateKey)), other, 'utf8')).toEqual({
      ok: false,
      error: { code: 'key-mismatch', family: 'ecdsa', keyKind: 'ec', curve: 'P-384' },
    });
  });
});
