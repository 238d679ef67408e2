import { decodeBase64Url } from '../encoding/base64url';
import type { AuditTarget, Scanner } from './audit-target';
import { HASH_OF_ALG } from './hmac-alg';
import { DIGEST_BYTES, readWordsBE } from './hmac-sha2';
import { fixedInnerSchedules } from './js-scanner';
import { KERNEL_WASM_BASE64 } from './kernel/kernel-wasm';
import type { PackedKeys } from './pack-keys';
import { PAD_BLOCK, PadCaches, padStateBytes, scanWithPads } from './pad-cache';

// Addresses fixed by the kernel (see the layout comment in kernel/hmac-sha2.wat).
const TARGET = 512;
const IV384 = 1792;
const IV512 = 1856;
const HOST_AREA = 8192;
const PAGE = 65536;

interface KernelExports {
  memory: WebAssembly.Memory;
  scan256(fixed: number, blocks: number, offsets: number, bytes: number, start: number, end: number, pads: number): number;
  scanPads256(fixed: number, blocks: number, pads: number, start: number, end: number): number;
  scan512(fixed: number, blocks: number, offsets: number, bytes: number, start: number, end: number, iv: number, words: number, pads: number): number;
  scanPads512(fixed: number, blocks: number, pads: number, start: number, end: number, words: number): number;
}

/** Where a key set lives in the kernel's memory. */
interface KeysRegion {
  offsets: number;
  bytes: number;
}

/** The kernel's bytes (kernel/hmac-sha2.wasm, embedded as base64 by scripts/build-wasm.mjs). */
export function kernelBytes(): Uint8Array<ArrayBuffer> {
  const decoded = decodeBase64Url(KERNEL_WASM_BASE64);
  if (!decoded.ok) throw new Error('kernel-wasm.ts is not base64: rebuild it with scripts/build-wasm.mjs');
  return decoded.bytes as Uint8Array<ArrayBuffer>;
}

/**
 * Compiles the kernel; rejects where WebAssembly or its SIMD128 extension is unavailable, or where
 * the page's CSP forbids compiling it (no 'wasm-unsafe-eval').
 */
export async function compileKernel(bytes: Uint8Array<ArrayBuffer> = kernelBytes()): Promise<WebAssembly.Module> {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is unavailable');
  return WebAssembly.compile(bytes);
}

/**
 * One instance of the kernel with its own memory, handed out by a bump allocator above the
 * kernel's fixed layout: the target's inner schedules, a scratch copy of one-off keys (a wordlist
 * batch), and, kept for the worker's life, reusable key sets with their pad-state blocks.
 */
export class WasmKernel {
  private readonly exports: KernelExports;
  private top = HOST_AREA;
  private target: AuditTarget | null = null;
  private fixed = { at: 0, capacity: 0, blocks: 0 };
  private scratch = { at: 0, capacity: 0, keys: null as PackedKeys | null };
  private readonly kept = new WeakMap<PackedKeys, KeysRegion>();
  private readonly pads = new PadCaches<number>((hash) => this.allocate(PAD_BLOCK * padStateBytes(hash)));

  private constructor(instance: WebAssembly.Instance) {
    this.exports = instance.exports as unknown as KernelExports;
  }

  static async create(module: WebAssembly.Module): Promise<WasmKernel> {
    return new WasmKernel(await WebAssembly.instantiate(module, {}));
  }

  private allocate(bytes: number): number {
    const at = (this.top + 15) & ~15;
    this.top = at + bytes;
    const memory = this.exports.memory;
    const have = memory.buffer.byteLength;
    // Grow by a quarter at least: pad-state blocks arrive one by one.
    if (have < this.top) memory.grow(Math.max(Math.ceil((this.top - have) / PAGE), Math.ceil(have / PAGE / 4)));
    return at;
  }

  private setTarget(target: AuditTarget): void {
    const { blocks, kw } = fixedInnerSchedules(target);
    const wide = target.alg !== 'HS256';
    // SHA-256: each schedule word splatted to 4 lanes (v128). SHA-512: (high, low) pairs to little-endian i64.
    const bytes = wide ? blocks * 640 : blocks * 1024;
    if (bytes > this.fixed.capacity) this.fixed = { at: this.allocate(2 * bytes), capacity: 2 * bytes, blocks };
    this.fixed.blocks = blocks;
    const heap = new Int32Array(this.exports.memory.buffer);
    const base = this.fixed.at / 4;
    if (wide) {
      for (let i = 0; i < kw.length; i += 2) {
        heap[base + i] = kw[i + 1]!;
        heap[base + i + 1] = kw[i]!;
      }
    } else {
      for (let t = 0; t < kw.length; t++) heap.fill(kw[t]!, base + 4 * t, base + 4 * t + 4);
    }
    const words = DIGEST_BYTES[HASH_OF_ALG[target.alg]] / 4;
    const want = new Int32Array(words);
    readWordsBE(target.signature, 0, want, words);
    if (wide) {
      for (let i = 0; i < words; i += 2) {
        heap[TARGET / 4 + i] = want[i + 1]!;
        heap[TARGET / 4 + i + 1] = want[i]!;
      }
    } else {
      heap.set(want, TARGET / 4);
    }
    this.target = target;
  }

  private copyKeys(keys: PackedKeys, at: number): KeysRegion {
    const region = { offsets: at, bytes: at + 4 * (keys.count + 1) };
    const buffer = this.exports.memory.buffer;
    new Uint32Array(buffer, region.offsets, keys.count + 1).set(keys.offsets.subarray(0, keys.count + 1));
    new Uint8Array(buffer, region.bytes, keys.bytes.length).set(keys.bytes);
    return region;
  }

  private regionOf(keys: PackedKeys): KeysRegion {
    const size = 4 * (keys.count + 1) + keys.bytes.length;
    if (keys.reuse) {
      let region = this.kept.get(keys);
      if (!region) {
        region = this.copyKeys(keys, this.allocate(size));
        this.kept.set(keys, region);
      }
      return region;
    }
    if (size > this.scratch.capacity) this.scratch = { at: this.allocate(2 * size), capacity: 2 * size, keys: null };
    const region = { offsets: this.scratch.at, bytes: this.scratch.at + 4 * (keys.count + 1) };
    if (this.scratch.keys !== keys) {
      this.copyKeys(keys, this.scratch.at);
      this.scratch.keys = keys;
    }
    return region;
  }

  /** The first index in `[start, end)` whose HMAC with `target`'s hash equals its signature, or -1. */
  scan(target: AuditTarget, keys: PackedKeys, start: number, end: number): number {
    if (end <= start) return -1;
    if (this.target !== target) this.setTarget(target);
    const region = this.regionOf(keys);
    const k = this.exports;
    const { at: fixed, blocks } = this.fixed;
    const hash = HASH_OF_ALG[target.alg];
    if (hash === 'SHA-256') {
      if (!keys.reuse) return k.scan256(fixed, blocks, region.offsets, region.bytes, start, end, 0);
      // A block's pads pointer is offset so that key i's states are at pads + 64 * i (wrapping is fine).
      return scanWithPads(
        this.pads.for(keys, hash),
        start,
        end,
        (from, to, block, blockStart) => k.scan256(fixed, blocks, region.offsets, region.bytes, from, to, (block - 64 * blockStart) | 0),
        (from, to, block, blockStart) => k.scanPads256(fixed, blocks, (block - 64 * blockStart) | 0, from, to),
      );
    }
    const iv = hash === 'SHA-384' ? IV384 : IV512;
    const words = DIGEST_BYTES[hash] / 8;
    if (!keys.reuse) return k.scan512(fixed, blocks, region.offsets, region.bytes, start, end, iv, words, 0);
    return scanWithPads(
      this.pads.for(keys, hash),
      start,
      end,
      (from, to, block, blockStart) => k.scan512(fixed, blocks, region.offsets, region.bytes, from, to, iv, words, (block - 128 * blockStart) | 0),
      (from, to, block, blockStart) => k.scanPads512(fixed, blocks, (block - 128 * blockStart) | 0, from, to, words),
    );
  }
}

/** The WASM audit loop for `target` on `kernel` (SIMD, 4 keys a pass, for HS256; scalar i64 for HS384/512). */
export function createWasmScanner(kernel: WasmKernel, target: AuditTarget): Scanner {
  return {
    engine: target.alg === 'HS256' ? 'wasm-simd' : 'wasm',
    scan: (keys, start, end) => kernel.scan(target, keys, start, end),
  };
}
