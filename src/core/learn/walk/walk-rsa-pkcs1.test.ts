import { constants, createHash, generateKeyPairSync, publicDecrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../inspect-token';
import { stepHex, stepIds } from './test-support/step-hex';
import { nodeAlg, spkiPem, tamperPayload, tokenSignedByNode } from './test-support/sign-with-node';
import { walkTokenSignature } from './walk-token-signature';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = spkiPem(publicKey);

// RFC 8017 §9.2 note 1, written out independently of the code under test.
const DIGEST_INFO_HEX: Record<string, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

describe('walkTokenSignature, RSASSA-PKCS1-v1_5, against node:crypto', () => {
  for (const alg of ['RS256', 'RS384', 'RS512']) {
    const { hash, hashBytes } = nodeAlg(alg);

    it(`${alg}: EM is s^e mod n, labelled, and ends in the digest`, () => {
      const token = tokenSignedByNode(alg, privateKey);
      const [header = '', payload = '', signatureText = ''] = token.split('.');
      const signature = Buffer.from(signatureText, 'base64url');
      const walk = walkTokenSignature(inspectToken(token), publicPem, 'utf8');
      expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'em', 'digest-info', 'digest', 'expected-em']);
      if (!walk.ok) return;
      const em = publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature).toString('hex');
      const digest = createHash(hash).update(`${header}.${payload}`).digest('hex');
      const prefix = DIGEST_INFO_HEX[hash] ?? '';
      const paddingLength = 256 - prefix.length / 2 - hashBytes - 3;
      expect(stepHex(walk, 'signing-input')).toBe(Buffer.from(`${header}.${payload}`).toString('hex'));
      expect(stepHex(walk, 'signature')).toBe(signature.toString('hex'));
      expect(stepHex(walk, 'em')).toBe(em);
      expect(em).toBe(`0001${'ff'.repeat(paddingLength)}00${prefix}${digest}`);
      expect(stepHex(walk, 'digest-info')).toBe(`${prefix}${digest}`);
      expect(stepHex(walk, 'digest')).toBe(digest);
      expect(stepHex(walk, 'expected-em')).toBe(em);
      const emStep = walk.steps.find((step) => step.id === 'em');
      expect(emStep?.fields).toEqual([
        { label: 'padding', start: 0, end: 2 + paddingLength },
        { label: 'separator', start: 2 + paddingLength, end: 3 + paddingLength },
        { label: 'digest-info', start: 3 + paddingLength, end: 256 - hashBytes },
        { label: 'hash', start: 256 - hashBytes, end: 256 },
      ]);
      expect(Buffer.from(walk.compared.computed).toString('hex')).toBe(digest);
      expect(Buffer.from(walk.compared.expected).toString('hex')).toBe(digest);
      expect(walk.match).toBe(true);
    });

    it(`${alg}: a tampered payload walks to a mismatch`, () => {
      const walk = walkTokenSignature(inspectToken(tamperPayload(tokenSignedByNode(alg, privateKey))), publicPem, 'utf8');
      expect(walk.ok).toBe(true);
      expect(walk.ok && walk.match).toBe(false);
    });
  }

  it('a signature shorter than the modulus is refused with both lengths', () => {
    const token = tokenSignedByNode('RS256', privateKey);
    const short = token.slice(0, token.lastIndexOf('.') + 1) + Buffer.alloc(255, 1).toString('base64url');
    expect(walkTokenSignature(inspectToken(short), publicPem, 'utf8')).toEqual({
      ok: false,
      error: { code: 'signature-length', expected: 256, actual: 255 },
    });
  });

  it('a signature not below n never matches', () => {
    const token = tokenSignedByNode('RS256', privateKey);
    const huge = token.slice(0, token.lastIndexOf('.') + 1) + Buffer.alloc(256, 0xff).toString('base64url');
    const walk = walkTokenSignature(inspectToken(huge), publicPem, 'utf8');
    expect(walk.ok && walk.match).toBe(false);
  });
});
