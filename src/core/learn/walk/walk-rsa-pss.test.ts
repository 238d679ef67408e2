import { constants, createHash, generateKeyPairSync, publicDecrypt, verify, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../inspect-token';
import { nodeAlg, spkiPem, tamperPayload, tokenSignedByNode, type NodeHash } from './test-support/sign-with-node';
import { stepHex, stepIds } from './test-support/step-hex';
import { walkTokenSignature } from './walk-token-signature';

function mgf1(hash: NodeHash, seed: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * seed.length < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    blocks.push(createHash(hash).update(seed).update(c).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function xor(a: Buffer, b: Buffer): Buffer {
  return Buffer.from(a.map((byte, i) => byte ^ (b[i] ?? 0)));
}

// 2048 bits: EM is as long as n; 1537 bits: emBits = 1536, so EM is one byte shorter than n (RFC 8017 §9.1.2).
// (OpenSSL rounds some sizes such as 2049 down to 2048; 1537 it keeps.)
const KEYS: { bits: number; publicKey: KeyObject; privateKey: KeyObject }[] = [2048, 1537].map((bits) => ({
  bits,
  ...generateKeyPairSync('rsa', { modulusLength: bits }),
}));

it('the keys have the sizes the cases need', () => {
  expect(KEYS.map(({ publicKey }) => publicKey.asymmetricKeyDetails?.modulusLength)).toEqual([2048, 1537]);
});

describe('walkTokenSignature, RSASSA-PSS, against node:crypto', () => {
  for (const { bits, publicKey, privateKey } of KEYS) {
    const publicPem = spkiPem(publicKey);
    const k = Math.ceil(bits / 8);
    const emLength = Math.ceil((bits - 1) / 8);
    for (const alg of ['PS256', 'PS384', 'PS512']) {
      const { hash, hashBytes } = nodeAlg(alg);

      it(`${alg}, ${bits}-bit key: EM, the MGF1 unmasking, the salt, M′ and H′ equal Node's`, () => {
        const token = tokenSignedByNode(alg, privateKey);
        const signingInput = token.slice(0, token.lastIndexOf('.'));
        const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
        const walk = walkTokenSignature(inspectToken(token), publicPem, 'utf8');
        expect(stepIds(walk)).toEqual(['signing-input', 'signature', 'em', 'masked-db', 'h', 'db-mask', 'db', 'salt', 'digest', 'm-prime', 'h-prime']);
        if (!walk.ok) return;

        const m = publicDecrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, signature);
        expect(m.length).toBe(k);
        const em = m.subarray(k - emLength);
        const dbLength = emLength - hashBytes - 1;
        const maskedDb = em.subarray(0, dbLength);
        const h = em.subarray(dbLength, dbLength + hashBytes);
        const dbMask = mgf1(hash, h, dbLength);
        const db = xor(maskedDb, dbMask);
        db[0] = (db[0] ?? 0) & (0xff >> (8 * emLength - (bits - 1)));
        const salt = db.subarray(dbLength - hashBytes);
        const digest = createHash(hash).update(signingInput).digest();
        const mPrime = Buffer.concat([Buffer.alloc(8), digest, salt]);
        const hPrime = createHash(hash).update(mPrime).digest();

        expect(stepHex(walk, 'em')).toBe(em.toString('hex'));
        expect(em[emLength - 1]).toBe(0xbc);
        expect(stepHex(walk, 'masked-db')).toBe(maskedDb.toString('hex'));
        expect(stepHex(walk, 'h')).toBe(h.toString('hex'));
        expect(stepHex(walk, 'db-mask')).toBe(dbMask.toString('hex'));
        expect(stepHex(walk, 'db')).toBe(db.toString('hex'));
        expect(db.subarray(0, dbLength - hashBytes).toString('hex')).toBe(`${'00'.repeat(dbLength - hashBytes - 1)}01`);
        expect(stepHex(walk, 'salt')).toBe(salt.toString('hex'));
        expect(stepHex(walk, 'digest')).toBe(digest.toString('hex'));
        expect(stepHex(walk, 'm-prime')).toBe(mPrime.toString('hex'));
        expect(stepHex(walk, 'h-prime')).toBe(hPrime.toString('hex'));
        expect(hPrime.equals(h)).toBe(true);
        expect(walk.match).toBe(true);
      });

      it(`${alg}, ${bits}-bit key: a tampered payload walks to a mismatch`, () => {
        const walk = walkTokenSignature(inspectToken(tamperPayload(tokenSignedByNode(alg, privateKey))), publicPem, 'utf8');
        expect(walk.ok).toBe(true);
        expect(walk.ok && walk.match).toBe(false);
      });
    }
  }

  it('recovers a salt of another length from DB, and does not match: JOSE requires a hash-long salt', () => {
    const { publicKey, privateKey } = KEYS[0]!;
    for (const saltLength of [0, 20, 48]) {
      const token = tokenSignedByNode('PS256', privateKey, saltLength);
      const signingInput = token.slice(0, token.lastIndexOf('.'));
      const signature = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url');
      const nodeAccepts = verify('sha256', Buffer.from(signingInput), { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }, signature);
      expect(nodeAccepts).toBe(true);
      const walk = walkTokenSignature(inspectToken(token), spkiPem(publicKey), 'utf8');
      expect(stepHex(walk, 'salt')?.length).toBe(saltLength * 2);
      expect(stepHex(walk, 'h-prime')).toBe(stepHex(walk, 'h'));
      expect(walk.ok && walk.match).toBe(false);
    }
  });
});
