import { KEY_SLACK, type CandidateSet } from './candidates';
import { BLOCK_BYTES, hashSha2, type HmacHash } from './hmac-sha2';

/**
 * Candidate keys ready for one hash's audit loop: key `i` is `bytes[offsets[i] .. offsets[i + 1])`,
 * at most one block long, with `KEY_SLACK` zero bytes after the last.
 */
export interface PackedKeys {
  hash: HmacHash;
  count: number;
  bytes: Uint8Array;
  offsets: Uint32Array;
  /**
   * True for keys audited again for later tokens (the built-in lists): the loops then keep each
   * key's pad states, so later tokens cost 4 compressions a key instead of 6 (pad-cache.ts).
   */
  reuse: boolean;
}

/**
 * Returns the set's keys for `hash`: unchanged when they all fit one block, otherwise a copy in
 * which every longer key is replaced by its digest (HMAC does the same, RFC 2104 §2), so the loops
 * handle one-block keys only. Does not copy in the common case.
 */
export function packKeys(set: CandidateSet, hash: HmacHash, { reuse = false }: { reuse?: boolean } = {}): PackedKeys {
  const block = BLOCK_BYTES[hash];
  if (set.maxKeyBytes <= block) return { hash, count: set.count, bytes: set.bytes, offsets: set.offsets, reuse };
  const offsets = new Uint32Array(set.count + 1);
  const bytes = new Uint8Array(set.offsets[set.count]! + KEY_SLACK);
  let o = 0;
  for (let i = 0; i < set.count; i++) {
    let key = set.bytes.subarray(set.offsets[i], set.offsets[i + 1]);
    if (key.length > block) key = hashSha2(hash, key);
    bytes.set(key, o);
    o += key.length;
    offsets[i + 1] = o;
  }
  return { hash, count: set.count, bytes, offsets, reuse };
}
