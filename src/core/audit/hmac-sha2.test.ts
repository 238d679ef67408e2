import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeHmac, hashSha2, hmacSha256, hmacSha384, hmacSha512, matchesHmac, type HmacHash } from './hmac-sha2';

const NODE: Record<HmacHash, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const HASHES = Object.keys(NODE) as HmacHash[];
// Around every padding boundary of both block sizes.
const LENGTHS = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 127, 128, 129, 191, 192, 255, 256, 1000];
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('SHA-2 digests agree with node:crypto', () => {
  it.each(HASHES)('%s at every padding boundary', (hash) => {
    for (const length of LENGTHS) {
      const message = randomBytes(length);
      expect(hex(hashSha2(hash, message)), `length ${length}`).toBe(createHash(NODE[hash]).update(message).digest('hex'));
    }
  });

  it('known answers (FIPS 180-4 "abc")', () => {
    const abc = new TextEncoder().encode('abc');
    expect(hex(hashSha2('SHA-256', abc))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(hashSha2('SHA-384', abc))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
  });
});

describe('HMAC agrees with node:crypto', () => {
  const functions = { 'SHA-256': hmacSha256, 'SHA-384': hmacSha384, 'SHA-512': hmacSha512 } as const;

  it.each(HASHES)('HMAC-%s with empty, short, block-sized and longer-than-block keys', (hash) => {
    for (const keyLength of [0, 1, 6, 31, 32, 63, 64, 65, 127, 128, 129, 300]) {
      const key = randomBytes(keyLength);
      for (const messageLength of [0, 151, 300]) {
        const message = randomBytes(messageLength);
        const expected = createHmac(NODE[hash], key).update(message).digest('hex');
        expect(hex(functions[hash](key, message)), `key ${keyLength}, message ${messageLength}`).toBe(expected);
        expect(hex(computeHmac(hash, key, message))).toBe(expected);
      }
    }
  });

  it.each(HASHES)('HMAC-%s with 200 random keys and messages', (hash) => {
    for (let i = 0; i < 200; i++) {
      const key = randomBytes(randomInt(0, 200));
      const message = randomBytes(randomInt(0, 400));
      expect(hex(computeHmac(hash, key, message))).toBe(createHmac(NODE[hash], key).update(message).digest('hex'));
    }
  });

  it('RFC 4231 test case 2 ("Jefe")', () => {
    const key = new TextEncoder().encode('Jefe');
    const data = new TextEncoder().encode('what do ya want for nothing?');
    expect(hex(hmacSha256(key, data))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(hex(hmacSha512(key, data))).toBe(
      '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
    );
  });
});

describe('matchesHmac', () => {
  const key = new TextEncoder().encode('Jefe');
  const message = new TextEncoder().encode('what do ya want for nothing?');
  const mac = (hash: HmacHash, withKey = key) => new Uint8Array(createHmac(NODE[hash], withKey).update(message).digest());
  const flipLast = (bytes: Uint8Array) => bytes.map((byte, i) => (i === bytes.length - 1 ? byte ^ 1 : byte));

  it.each(HASHES)('%s: true for the MAC, false for another byte, a truncated or a longer MAC', (hash) => {
    expect(matchesHmac(hash, key, message, mac(hash))).toBe(true);
    expect(matchesHmac(hash, key, message, flipLast(mac(hash)))).toBe(false);
    expect(matchesHmac(hash, key, message, mac(hash).subarray(1))).toBe(false);
    expect(matchesHmac(hash, key, message, Uint8Array.of(...mac(hash), 0))).toBe(false);
  });

  it.each(HASHES)('%s: the empty key matches its own MAC', (hash) => {
    expect(matchesHmac(hash, new Uint8Array(), message, mac(hash, new Uint8Array()))).toBe(true);
    expect(matchesHmac(hash, key, message, mac(hash, new Uint8Array()))).toBe(false);
  });
});
