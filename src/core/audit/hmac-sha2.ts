import { rounds256, rounds512, schedule256, schedule512 } from './sha2-compress';
import { IV256, IV384, IV512 } from './sha2-constants';

/** The SHA-2 hashes the JWS HMAC algorithms use (RFC 7518 §3.2). */
export type HmacHash = 'SHA-256' | 'SHA-384' | 'SHA-512';

/** Block size in bytes (HMAC pads or hashes the key to this length, RFC 2104 §2). */
export const BLOCK_BYTES: Readonly<Record<HmacHash, 64 | 128>> = { 'SHA-256': 64, 'SHA-384': 128, 'SHA-512': 128 };

/** Digest size in bytes (the JWS signature length for HS256/384/512). */
export const DIGEST_BYTES: Readonly<Record<HmacHash, 32 | 48 | 64>> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** The big-endian words of bytes `[start, start + 4 * count)` of `data`, where bytes past its end read as 0. */
export function readWordsBE(data: Uint8Array, start: number, out: Int32Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const o = start + 4 * i;
    out[i] = ((data[o] ?? 0) << 24) | ((data[o + 1] ?? 0) << 16) | ((data[o + 2] ?? 0) << 8) | (data[o + 3] ?? 0);
  }
}

function writeWordsBE(words: Int32Array, byteCount: number): Uint8Array {
  const out = new Uint8Array(byteCount);
  for (let i = 0; i < byteCount; i++) out[i] = (words[i >> 2]! >>> (24 - 8 * (i & 3))) & 0xff;
  return out;
}

/** `message` followed by SHA-2 padding: 0x80, zeros, and the bit length in the last 8 (or 16) bytes. */
export function padMessage(message: Uint8Array, blockBytes: 64 | 128, prefixBytes = 0): Uint8Array {
  const lengthBytes = blockBytes / 8;
  const total = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const padded = new Uint8Array(total);
  padded.set(message);
  padded[message.length] = 0x80;
  // The length counts bytes hashed before `message` too (HMAC's key block).
  const bits = (prefixBytes + message.length) * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(total - 8, Math.floor(bits / 0x1_0000_0000));
  view.setUint32(total - 4, bits >>> 0);
  return padded;
}

// The schedule buffers hold one block: 64 words for SHA-256, 80 (high, low) pairs for SHA-384/512.
function compressBlocks(padded: Uint8Array, state: Int32Array, blockBytes: 64 | 128): void {
  const wide = blockBytes === 128;
  const w = new Int32Array(wide ? 160 : 64);
  const kw = new Int32Array(wide ? 160 : 64);
  for (let block = 0; block < padded.length; block += blockBytes) {
    readWordsBE(padded, block, w, blockBytes / 4);
    if (wide) {
      schedule512(w, kw, 0);
      rounds512(state, kw, 0);
    } else {
      schedule256(w, kw, 0);
      rounds256(state, kw, 0);
    }
  }
}

/** Returns the SHA-256, SHA-384 or SHA-512 digest of `message`; pure JS, synchronous. */
export function hashSha2(hash: HmacHash, message: Uint8Array): Uint8Array {
  const state = (hash === 'SHA-256' ? IV256 : hash === 'SHA-384' ? IV384 : IV512).slice();
  compressBlocks(padMessage(message, BLOCK_BYTES[hash]), state, BLOCK_BYTES[hash]);
  return writeWordsBE(state, DIGEST_BYTES[hash]);
}

/**
 * The HMAC key block: the key zero-padded to the block size, or its digest when it is longer
 * (RFC 2104 §2), so every candidate key fits one block.
 */
export function hmacKeyBlock(hash: HmacHash, key: Uint8Array): Uint8Array {
  const block = new Uint8Array(BLOCK_BYTES[hash]);
  block.set(key.length > block.length ? hashSha2(hash, key) : key);
  return block;
}

/**
 * Returns HMAC(key, message) with the given SHA-2 hash (RFC 2104), in pure JS: it accepts the empty
 * key that WebCrypto refuses, and keys longer than a block. Not constant-time: for audits, not for
 * guarding secrets.
 */
export function computeHmac(hash: HmacHash, key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = hmacKeyBlock(hash, key);
  const inner = new Uint8Array(block.length + message.length);
  const outer = new Uint8Array(block.length + DIGEST_BYTES[hash]);
  for (let i = 0; i < block.length; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(message, block.length);
  outer.set(hashSha2(hash, inner), block.length);
  return hashSha2(hash, outer);
}

/**
 * Returns whether HMAC(key, message) equals `mac` (a JWS signature), with the pure-JS HMAC, so the
 * empty key counts too; a `mac` of another length than the digest never matches. Not constant-time.
 */
export function matchesHmac(hash: HmacHash, key: Uint8Array, message: Uint8Array, mac: Uint8Array): boolean {
  if (mac.length !== DIGEST_BYTES[hash]) return false;
  const computed = computeHmac(hash, key, message);
  for (let i = 0; i < computed.length; i++) if (computed[i] !== mac[i]) return false;
  return true;
}

/** HMAC-SHA-256 (HS256) of `message` with `key`, any length including 0. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return computeHmac('SHA-256', key, message);
}

/** HMAC-SHA-384 (HS384) of `message` with `key`, any length including 0. */
export function hmacSha384(key: Uint8Array, message: Uint8Array): Uint8Array {
  return computeHmac('SHA-384', key, message);
}

/** HMAC-SHA-512 (HS512) of `message` with `key`, any length including 0. */
export function hmacSha512(key: Uint8Array, message: Uint8Array): Uint8Array {
  return computeHmac('SHA-512', key, message);
}
