import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../inspect-token';
import { tamperPayload, tokenSignedByNode, type NodeHash } from './test-support/sign-with-node';
import { stepHex, stepIds } from './test-support/step-hex';
import { walkTokenSignature } from './walk-token-signature';

const HMAC_CASES: { alg: string; hash: NodeHash; block: number }[] = [
  { alg: 'HS256', hash: 'sha256', block: 64 },
  { alg: 'HS384', hash: 'sha384', block: 128 },
  { alg: 'HS512', hash: 'sha512', block: 128 },
];

const KEYS: { name: string; text: string; bytes: Buffer }[] = [
  { name: 'a short secret', text: 'learn-jwt-byte-by-byte', bytes: Buffer.from('learn-jwt-byte-by-byte') },
  { name: 'a secret longer than any block', text: 'k'.repeat(200), bytes: Buffer.from('k'.repeat(200)) },
];

function padXor(key: Buffer, hash: NodeHash, block: number, pad: number): Buffer {
  const kPrime = Buffer.alloc(block);
  (key.length > block ? createHash(hash).update(key).digest() : key).copy(kPrime);
  return Buffer.from(kPrime.map((byte) => byte ^ pad));
}

describe('walkTokenSignature, HMAC, against node:crypto', () => {
  for (const { alg, hash, block } of HMAC_CASES) {
    for (const key of KEYS) {
      it(`${alg} with ${key.name}: every step equals Node's value`, () => {
        const token = tokenSignedByNode(alg, key.bytes);
        const signingInput = token.slice(0, token.lastIndexOf('.'));
        const walk = walkTokenSignature(inspectToken(token), key.text, 'utf8');
        expect(walk.ok).toBe(true);
        if (!walk.ok) return;
        const innerKey = padXor(key.bytes, hash, block, 0x36);
        const outerKey = padXor(key.bytes, hash, block, 0x5c);
        const innerHash = createHash(hash).update(innerKey).update(signingInput).digest();
        const mac = createHmac(hash, key.bytes).update(signingInput).digest();
        expect(stepIds(walk)).toEqual(['signing-input', 'key', 'k-prime', 'inner-key', 'inner-hash', 'outer-key', 'mac', 'signature']);
        expect(stepHex(walk, 'signing-input')).toBe(Buffer.from(signingInput, 'ascii').toString('hex'));
        expect(stepHex(walk, 'key')).toBe(key.bytes.toString('hex'));
        expect(stepHex(walk, 'inner-key')).toBe(innerKey.toString('hex'));
        expect(stepHex(walk, 'inner-hash')).toBe(innerHash.toString('hex'));
        expect(stepHex(walk, 'outer-key')).toBe(outerKey.toString('hex'));
        expect(stepHex(walk, 'mac')).toBe(mac.toString('hex'));
        expect(createHash(hash).update(outerKey).update(innerHash).digest().toString('hex')).toBe(mac.toString('hex'));
        expect(stepHex(walk, 'signature')).toBe(mac.toString('hex'));
        expect(walk.match).toBe(true);
        expect(walk.family).toBe('hmac');
      });

      it(`${alg} with ${key.name}: a tampered payload does not match`, () => {
        const token = tokenSignedByNode(alg, key.bytes);
        const walk = walkTokenSignature(inspectToken(tamperPayload(token)), key.text, 'utf8');
        expect(walk.ok && walk.match).toBe(false);
        expect(walk.ok).toBe(true);
      });
    }
  }

  it('reads the secret in the chosen encoding', () => {
    const key = Buffer.from('00ff10203040', 'hex');
    const token = tokenSignedByNode('HS256', key);
    const walk = walkTokenSignature(inspectToken(token), '00ff10203040', 'hex');
    expect(stepHex(walk, 'key')).toBe('00ff10203040');
    expect(walk.ok && walk.match).toBe(true);
  });

  it('the wrong secret walks to a mismatch', () => {
    const token = tokenSignedByNode('HS256', Buffer.from('right'));
    const walk = walkTokenSignature(inspectToken(token), 'wrong', 'utf8');
    expect(walk.ok && walk.match).toBe(false);
  });
});
