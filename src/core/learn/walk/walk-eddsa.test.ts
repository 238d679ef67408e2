import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../encoding/base64url';
import { inspectToken } from '../../inspect-token';
import { spkiPem, tamperPayload, tokenSignedByNode } from './test-support/sign-with-node';
import { stepHex, stepIds } from './test-support/step-hex';
import { walkTokenSignature } from './walk-token-signature';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicPem = spkiPem(publicKey);
const publicBytes = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');

describe('walkTokenSignature, Ed25519, against node:crypto', () => {
  for (const alg of ['EdDSA', 'Ed25519']) {
    it(`${alg}: R, S, A and k = SHA-512(R ‖ A ‖ M) equal Node's, and [S]B − [k]A encodes to R`, () => {
      const token = tokenSignedByNode(alg, privateKey);
      const signingInput = token.slice(0, token.lastIndexOf('.'));
      const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
      expect(verify(null, Buffer.from(signingInput), publicKey, signature)).toBe(true);
      const walk = walkTokenSignature(inspectToken(token), publicPem, 'utf8');
      expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'r', 's', 'public-key', 'k', 'recomputed']);
      if (!walk.ok) return;
      const r = signature.subarray(0, 32);
      expect(stepHex(walk, 'r')).toBe(r.toString('hex'));
      expect(stepHex(walk, 's')).toBe(signature.subarray(32).toString('hex'));
      expect(stepHex(walk, 'public-key')).toBe(publicBytes.toString('hex'));
      expect(stepHex(walk, 'k')).toBe(createHash('sha512').update(r).update(publicBytes).update(signingInput).digest('hex'));
      expect(stepHex(walk, 'recomputed')).toBe(r.toString('hex'));
      expect(walk.family).toBe('eddsa');
      expect(walk.match).toBe(true);
    });

    it(`${alg}: a tampered payload recomputes another point (Node agrees)`, () => {
      const tampered = tamperPayload(tokenSignedByNode(alg, privateKey));
      const signature = Buffer.from(tampered.slice(tampered.lastIndexOf('.') + 1), 'base64url');
      expect(verify(null, Buffer.from(tampered.slice(0, tampered.lastIndexOf('.'))), publicKey, signature)).toBe(false);
      const walk = walkTokenSignature(inspectToken(tampered), publicPem, 'utf8');
      expect(walk.ok).toBe(true);
      expect(walk.ok && walk.match).toBe(false);
    });
  }

  it('an S not below the group order never matches, and no point is recomputed', () => {
    const token = tokenSignedByNode('EdDSA', privateKey);
    const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
    signature.fill(0xff, 32);
    const forged = `${token.slice(0, token.lastIndexOf('.'))}.${encodeBase64Url(signature)}`;
    const walk = walkTokenSignature(inspectToken(forged), publicPem, 'utf8');
    expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'r', 's', 'public-key', 'k']);
    expect(walk.ok && walk.match).toBe(false);
  });

  it('a signature that is not 64 bytes is refused by its length', () => {
    const token = tokenSignedByNode('EdDSA', privateKey);
    const short = `${token.slice(0, token.lastIndexOf('.'))}.${encodeBase64Url(new Uint8Array(63))}`;
    expect(walkTokenSignature(inspectToken(short), publicPem, 'utf8')).toEqual({ ok: false, error: { code: 'signature-length', expected: 64, actual: 63 } });
  });
});
