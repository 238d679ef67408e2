import { hashSha2, type HmacHash } from '../../audit/hmac-sha2';
import { concatBytes } from '../../keys/der';

/** Returns MGF1(seed, length) with the given hash (RFC 8017 §B.2.1): Hash(seed ‖ counter) blocks, cut to `length`. */
export function mgf1(hash: HmacHash, seed: Uint8Array, length: number): Uint8Array {
  const blocks: Uint8Array[] = [];
  let produced = 0;
  for (let counter = 0; produced < length; counter++) {
    const block = hashSha2(hash, concatBytes(seed, Uint8Array.of(counter >>> 24, (counter >>> 16) & 0xff, (counter >>> 8) & 0xff, counter & 0xff)));
    blocks.push(block);
    produced += block.length;
  }
  return concatBytes(...blocks).slice(0, length);
}
