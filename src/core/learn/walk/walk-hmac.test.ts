import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../encoding/base64url';
import { encodeHex } from '../../encoding/hex';
import { inspectToken } from '../../inspect-token';
import type { SignatureWalk } from '../signature-walk';
import { walkTokenSignature } from './walk-token-signature';

type NodeHash = 'sha256' | 'sha384' | 'sha512';

const HMAC_CASES: { alg: string; hash: NodeHash; block: number }[] = [
  { alg: 'HS256', hash: 'sha256', block: 64 },
  { alg: 'HS384', hash: 'sha384', block: 128 },
  { alg: 'HS512', hash: 'sha512', block: 128 },
];

const KEYS: { name: string; text: string; bytes: Buffer }[] = [
  { name: 'a short secret', text: 'learn-jwt-byte-by-byte', bytes: Buffer.from('learn-jwt-byte-by-byte') },
  { name: 'a secret longer than any block', text: 'k'.repeat(200), bytes: Buffer.from('k'.repeat(200)) },
];

function signHmac(alg: string, hash: NodeHash, key: Buffer): string {
  const header = encodeBase64Url(Buffer.from(JSON.stringify({ alg, typ: 'JWT' })));
  const payload = encodeBase64Url(Buffer.from(JSON.stringify({ sub: 'user-42', name: '김하늘' })));
  const signingInput = `${header}.${payload}`;
  return `${signingInput}.${encodeBase64Url(createHmac(hash, key).update(signingInput).digest())}`;
}

function stepHex(walk: SignatureWalk, id: string): string | undefined {
  if (!walk.ok) return undefined;
  const step = walk.steps.find((candidate) => candidate.id === id);
  return step === undefined ? undefined : encodeHex(step.bytes);
}

function padXor(key: Buffer, hash: NodeHash, block: number, pad: number): Buffer {
  const kPrime = Buffer.alloc(block);
  (key.length > block ? createHash(hash).update(key).digest() : key).copy(kPrime);
  return Buffer.from(kPrime.map((byte) => byte ^ pad));
}

describe('walkTokenSignature, HMAC, against node:crypto', () => {
  for (const { alg, hash, block } of HMAC_CASES) {
    for (const key of KEYS) {
      it(`${alg} with ${key.name}: every step equals Node's value`, () => {
        const token = signHmac(alg, hash, key.bytes);
        const signingInput = token.slice(0, token.lastIndexOf('.'));
        const walk = walkTokenSignature(inspectToken(token), key.text, 'utf8');
        expect(walk.ok).toBe(true);
        if (!walk.ok) return;
        const innerKey = padXor(key.bytes, hash, block, 0x36);
        const outerKey = padXor(key.bytes, hash, block, 0x5c);
        const innerHash = createHash(hash).update(innerKey).update(signingInput).digest();
        const mac = createHmac(hash, key.bytes).update(signingInput).digest();
        expect(walk.steps.map((step) => step.id)).toEqual(['signing-input', 'key', 'k-prime', 'inner-key', 'inner-hash', 'outer-key', 'mac', 'signature']);
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
        const token = signHmac(alg, hash, key.bytes);
        const [header = '', payload = '', signature = ''] = token.split('.');
        const tampered = `${header}.${payload.slice(0, -2)}${payload.endsWith('A') ? 'B' : 'A'}${payload.slice(-1)}.${signature}`;
        const walk = walkTokenSignature(inspectToken(tampered), key.text, 'utf8');
        expect(walk.ok && walk.match).toBe(false);
        expect(walk.ok).toBe(true);
      });
    }
  }

  it('reads the secret in the chosen encoding', () => {
    const key = Buffer.from('00ff10203040', 'hex');
    const token = signHmac('HS256', 'sha256', key);
    const walk = walkTokenSignature(inspectToken(token), '00ff10203040', 'hex');
    expect(stepHex(walk, 'key')).toBe('00ff10203040');
    expect(walk.ok && walk.match).toBe(true);
  });

  it('the wrong secret walks to a mismatch', () => {
    const token = signHmac('HS256', 'sha256', Buffer.from('right'));
    const walk = walkTokenSignature(inspectToken(token), 'wrong', 'utf8');
    expect(walk.ok && walk.match).toBe(false);
  });
});
