import type { HmacHash } from './hmac-sha2';
import type { PackedKeys } from './pack-keys';

/** Bytes of pad states per key: the inner and the outer state, 8 words of 32 (SHA-256) or 64 bits each. */
export function padStateBytes(hash: HmacHash): 64 | 128 {
  return hash === 'SHA-256' ? 64 : 128;
}

/** Keys per block of stored pad states: blocks are allocated when first used, so a worker holds only its slice. */
export const PAD_BLOCK = 4096;

/**
 * Which keys of a reusable key set have their pad states stored (the inner and outer hash states
 * after the key block: they depend on the key only, never on the token), and the blocks holding
 * them. `Block` is an Int32Array for the JS loop, an address in the kernel's memory for WASM.
 */
export class PadCache<Block> {
  readonly stored: Uint8Array;
  private readonly blocks = new Map<number, Block>();

  constructor(
    count: number,
    private readonly allocate: () => Block,
  ) {
    this.stored = new Uint8Array(count);
  }

  block(index: number): Block {
    let block = this.blocks.get(index);
    if (block === undefined) {
      block = this.allocate();
      this.blocks.set(index, block);
    }
    return block;
  }
}

/** A loop over keys `[start, end)` of one block (`blockStart` = its first key): the first hit, or -1. */
export type BlockScan<Block> = (start: number, end: number, block: Block, blockStart: number) => number;

/**
 * Scans `[start, end)` in runs of keys that are all stored (`fromPads`, 4 compressions a key) or
 * all not (`storing`, 6 compressions, storing the pad states on the way), within one block each.
 * Returns the first hit, or -1.
 */
export function scanWithPads<Block>(cache: PadCache<Block>, start: number, end: number, storing: BlockScan<Block>, fromPads: BlockScan<Block>): number {
  const stored = cache.stored;
  let i = start;
  while (i < end) {
    const blockIndex = Math.floor(i / PAD_BLOCK);
    const blockStart = blockIndex * PAD_BLOCK;
    const limit = Math.min(end, blockStart + PAD_BLOCK);
    const state = stored[i];
    let j = i + 1;
    while (j < limit && stored[j] === state) j++;
    const block = cache.block(blockIndex);
    const found = state === 1 ? fromPads(i, j, block, blockStart) : storing(i, j, block, blockStart);
    if (state !== 1) stored.fill(1, i, found >= 0 ? found + 1 : j);
    if (found >= 0) return found;
    i = j;
  }
  return -1;
}

/** One cache per reusable key set and hash (the pad states differ between SHA-384 and SHA-512). */
export class PadCaches<Block> {
  private readonly caches = new WeakMap<PackedKeys, Map<HmacHash, PadCache<Block>>>();

  constructor(private readonly allocate: (hash: HmacHash) => Block) {}

  for(keys: PackedKeys, hash: HmacHash): PadCache<Block> {
    let byHash = this.caches.get(keys);
    if (!byHash) {
      byHash = new Map();
      this.caches.set(keys, byHash);
    }
    let cache = byHash.get(hash);
    if (!cache) {
      cache = new PadCache(keys.count, () => this.allocate(hash));
      byHash.set(hash, cache);
    }
    return cache;
  }
}
