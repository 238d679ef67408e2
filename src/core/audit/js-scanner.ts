import type { AuditTarget, Scanner } from './audit-target';
import { HASH_OF_ALG } from './hmac-alg';
import { BLOCK_BYTES, DIGEST_BYTES, padMessage, readWordsBE } from './hmac-sha2';
import type { PackedKeys } from './pack-keys';
import { PAD_BLOCK, PadCaches, padStateBytes, scanWithPads } from './pad-cache';
import { compress256, rounds256, rounds512, schedule256, schedule512 } from './sha2-compress';
import { IV256, IV384, IV512 } from './sha2-constants';

const IPAD = 0x36363636;
const OPAD = 0x5c5c5c5c;

/**
 * The schedules (`W + K`) of the inner hash's message blocks: the signing input after the key
 * block, padded with the length of both. They are the same for every candidate, so they are
 * computed once and each candidate runs only the rounds for them.
 */
export function fixedInnerSchedules(target: AuditTarget): { blocks: number; kw: Int32Array } {
  const hash = HASH_OF_ALG[target.alg];
  const blockBytes = BLOCK_BYTES[hash];
  const padded = padMessage(target.signingInput, blockBytes, blockBytes);
  const blocks = padded.length / blockBytes;
  if (blockBytes === 64) {
    const kw = new Int32Array(blocks * 64);
    const w = new Int32Array(64);
    for (let b = 0; b < blocks; b++) {
      readWordsBE(padded, b * 64, w, 16);
      schedule256(w, kw, b * 64);
    }
    return { blocks, kw };
  }
  const kw = new Int32Array(blocks * 160);
  const w = new Int32Array(160);
  for (let b = 0; b < blocks; b++) {
    readWordsBE(padded, b * 128, w, 32);
    schedule512(w, kw, b * 160);
  }
  return { blocks, kw };
}

/** Reads key `i` as big-endian words into `out` (zero-filled to `words`). */
function readKeyWords(keys: PackedKeys, i: number, out: Int32Array, words: number): void {
  out.fill(0, 0, words);
  const bytes = keys.bytes;
  const start = keys.offsets[i]!;
  const length = keys.offsets[i + 1]! - start;
  const full = length >> 2;
  for (let j = 0; j < full; j++) {
    const o = start + 4 * j;
    out[j] = (bytes[o]! << 24) | (bytes[o + 1]! << 16) | (bytes[o + 2]! << 8) | bytes[o + 3]!;
  }
  // The last partial word: the bytes after the key belong to the next one.
  for (let j = full * 4; j < length; j++) out[j >> 2]! |= bytes[start + j]! << (24 - 8 * (j & 3));
}

// Pad states kept by the JS loop: per key, the inner then the outer state (8 words each for
// SHA-256, 8 (high, low) pairs each for SHA-384/512).
const jsPads = new PadCaches<Int32Array>((hash) => new Int32Array((PAD_BLOCK * padStateBytes(hash)) / 4));

function createScanner256(target: AuditTarget): Scanner {
  const { blocks, kw: fixed } = fixedInnerSchedules(target);
  const want = new Int32Array(8);
  readWordsBE(target.signature, 0, want, 8);
  const key = new Int32Array(16);
  const w = new Int32Array(64);
  const inner = new Int32Array(8);
  const outer = new Int32Array(8);
  // The outer hash's second block: the inner digest, then padding for 64 + 32 bytes.
  const OUTER_BITS = (64 + 32) * 8;

  /** The states after the key block of the inner and outer hash (the pad states) of key `i`. */
  const padStates = (keys: PackedKeys, i: number) => {
    readKeyWords(keys, i, key, 16);
    for (let t = 0; t < 16; t++) w[t] = key[t]! ^ IPAD;
    inner.set(IV256);
    compress256(inner, w);
    for (let t = 0; t < 16; t++) w[t] = key[t]! ^ OPAD;
    outer.set(IV256);
    compress256(outer, w);
  };

  /** From the pad states: m's blocks, the outer digest block; true when the MAC is the signature. */
  const finish = () => {
    for (let b = 0; b < blocks; b++) rounds256(inner, fixed, b * 64);
    for (let t = 0; t < 8; t++) w[t] = inner[t]!;
    w[8] = 0x80000000 | 0;
    for (let t = 9; t < 15; t++) w[t] = 0;
    w[15] = OUTER_BITS;
    compress256(outer, w);
    return (
      outer[0] === want[0] &&
      outer[1] === want[1] &&
      outer[2] === want[2] &&
      outer[3] === want[3] &&
      outer[4] === want[4] &&
      outer[5] === want[5] &&
      outer[6] === want[6] &&
      outer[7] === want[7]
    );
  };

  const scanPlain = (keys: PackedKeys, start: number, end: number) => {
    for (let i = start; i < end; i++) {
      padStates(keys, i);
      if (finish()) return i;
    }
    return -1;
  };

  return {
    engine: 'js',
    scan(keys, start, end) {
      if (!keys.reuse) return scanPlain(keys, start, end);
      return scanWithPads(
        jsPads.for(keys, 'SHA-256'),
        start,
        end,
        (from, to, pads, blockStart) => {
          for (let i = from; i < to; i++) {
            padStates(keys, i);
            const o = (i - blockStart) * 16;
            pads.set(inner, o);
            pads.set(outer, o + 8);
            if (finish()) return i;
          }
          return -1;
        },
        (from, to, pads, blockStart) => {
          for (let i = from; i < to; i++) {
            const o = (i - blockStart) * 16;
            for (let t = 0; t < 8; t++) {
              inner[t] = pads[o + t]!;
              outer[t] = pads[o + 8 + t]!;
            }
            if (finish()) return i;
          }
          return -1;
        },
      );
    },
  };
}

function createScanner512(target: AuditTarget): Scanner {
  const hash = HASH_OF_ALG[target.alg];
  const iv = hash === 'SHA-384' ? IV384 : IV512;
  const digestInts = DIGEST_BYTES[hash] / 4;
  const { blocks, kw: fixed } = fixedInnerSchedules(target);
  const want = new Int32Array(digestInts);
  readWordsBE(target.signature, 0, want, digestInts);
  const key = new Int32Array(32);
  const w = new Int32Array(160);
  const kw = new Int32Array(160);
  const inner = new Int32Array(16);
  const outer = new Int32Array(16);
  const OUTER_BITS = (128 + DIGEST_BYTES[hash]) * 8;

  const padStates = (keys: PackedKeys, i: number) => {
    readKeyWords(keys, i, key, 32);
    for (let t = 0; t < 32; t++) w[t] = key[t]! ^ IPAD;
    schedule512(w, kw, 0);
    inner.set(iv);
    rounds512(inner, kw, 0);
    for (let t = 0; t < 32; t++) w[t] = key[t]! ^ OPAD;
    schedule512(w, kw, 0);
    outer.set(iv);
    rounds512(outer, kw, 0);
  };

  const finish = () => {
    for (let b = 0; b < blocks; b++) rounds512(inner, fixed, b * 160);
    w.fill(0, 0, 32);
    w.set(inner.subarray(0, digestInts));
    w[digestInts] = 0x80000000 | 0;
    w[31] = OUTER_BITS;
    schedule512(w, kw, 0);
    rounds512(outer, kw, 0);
    for (let t = 0; t < digestInts; t++) if (outer[t] !== want[t]) return false;
    return true;
  };

  return {
    engine: 'js',
    scan(keys, start, end) {
      if (!keys.reuse) {
        for (let i = start; i < end; i++) {
          padStates(keys, i);
          if (finish()) return i;
        }
        return -1;
      }
      return scanWithPads(
        jsPads.for(keys, hash),
        start,
        end,
        (from, to, pads, blockStart) => {
          for (let i = from; i < to; i++) {
            padStates(keys, i);
            const o = (i - blockStart) * 32;
            pads.set(inner, o);
            pads.set(outer, o + 16);
            if (finish()) return i;
          }
          return -1;
        },
        (from, to, pads, blockStart) => {
          for (let i = from; i < to; i++) {
            const o = (i - blockStart) * 32;
            inner.set(pads.subarray(o, o + 16));
            outer.set(pads.subarray(o + 16, o + 32));
            if (finish()) return i;
          }
          return -1;
        },
      );
    },
  };
}

/**
 * The plain-JS audit loop for `target` (≈ 0.5 M candidates/s for HS256 in V8 on a key's first
 * audit, more for later tokens when the keys are reusable; HS384/512 are several times slower).
 */
export function createJsScanner(target: AuditTarget): Scanner {
  return target.alg === 'HS256' ? createScanner256(target) : createScanner512(target);
}
