import { createHmac, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditTarget, Scanner } from './audit-target';
import { createCandidateSet, type CandidateSet } from './candidates';
import type { HmacAlg } from './hmac-alg';
import { HASH_OF_ALG } from './hmac-alg';
import { createJsScanner } from './js-scanner';
import { packKeys } from './pack-keys';
import { compileKernel, createWasmScanner, WasmKernel } from './wasm-scanner';

const NODE: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const ALGS: HmacAlg[] = ['HS256', 'HS384', 'HS512'];

/** Decoys of every length from 0 to 200 bytes (so keys longer than both block sizes are covered). */
function decoys(count: number, seed: number): string[] {
  return Array.from({ length: count }, (_, i) => `d${seed}-${i}-`.padEnd((i * 37) % 201, String.fromCharCode(97 + (i % 26))));
}

function targetFor(alg: HmacAlg, key: Uint8Array | string, signingInput: Uint8Array): AuditTarget {
  return { alg, signingInput, signature: new Uint8Array(createHmac(NODE[alg], key).update(signingInput).digest()) };
}

let kernel: WasmKernel;
beforeAll(async () => {
  kernel = await WasmKernel.create(await compileKernel());
});

const engines: [string, (target: AuditTarget) => Scanner][] = [
  ['JS', (target) => createJsScanner(target)],
  ['WASM', (target) => createWasmScanner(kernel, target)],
];

describe.each(engines)('the %s audit loop', (_name, createScanner) => {
  it.each(ALGS)('%s: finds a planted secret among decoys, wherever it is, for any signing-input length', (alg) => {
    for (const inputLength of [0, 1, 55, 56, 111, 112, 151, 300]) {
      const signingInput = new Uint8Array(randomBytes(inputLength));
      for (const position of [0, 1, 2, 3, 4, 5, 6, 7, 150, 401, 402]) {
        const entries = decoys(403, position);
        const secret = `planted-${inputLength}-${position}`;
        entries[position] = secret;
        const set = createCandidateSet('user-wordlist', entries);
        const found = createScanner(targetFor(alg, secret, signingInput)).scan(packKeys(set, HASH_OF_ALG[alg]), 0, set.count);
        expect(found, `input ${inputLength}, position ${position}`).toBe(position);
      }
    }
  });

  it.each(ALGS)('%s: finds the empty key and keys longer than a block', (alg) => {
    const signingInput = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0');
    for (const secret of ['', 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(128), 'k'.repeat(129), 'k'.repeat(200)]) {
      const set = createCandidateSet('user-wordlist', [...decoys(9, 1), secret, ...decoys(9, 2)]);
      const index = set.texts.indexOf(secret);
      expect(createScanner(targetFor(alg, secret, signingInput)).scan(packKeys(set, HASH_OF_ALG[alg]), 0, set.count), `length ${secret.length}`).toBe(index);
    }
  });

  it.each(ALGS)('%s: -1 when no key matches; only looks inside [start, end)', (alg) => {
    const signingInput = new Uint8Array(randomBytes(151));
    const entries = decoys(50, 3);
    entries[20] = 'needle';
    const set: CandidateSet = createCandidateSet('user-wordlist', entries);
    const keys = packKeys(set, HASH_OF_ALG[alg]);
    const scanner = createScanner(targetFor(alg, 'needle', signingInput));
    expect(scanner.scan(keys, 0, 20)).toBe(-1);
    expect(scanner.scan(keys, 21, 50)).toBe(-1);
    expect(scanner.scan(keys, 19, 21)).toBe(20);
    expect(scanner.scan(keys, 20, 21)).toBe(20);
    expect(scanner.scan(keys, 10, 10)).toBe(-1);
    expect(createScanner(targetFor(alg, 'absent', signingInput)).scan(keys, 0, set.count)).toBe(-1);
  });
});

describe('JS and WASM loops agree', () => {
  it.each(ALGS)('%s: on random keys (raw bytes through hex entries) and random inputs', (alg) => {
    for (let round = 0; round < 20; round++) {
      const keys = Array.from({ length: 30 }, (_, i) => randomBytes((round * 7 + i * 13) % 150));
      const planted = keys[round % 30]!;
      const set = createCandidateSet('user-wordlist', keys.map((k) => `=${k.toString('hex')}`).concat(keys.map((k) => k.toString('hex'))));
      const target = targetFor(alg, planted, new Uint8Array(randomBytes(round * 20)));
      const packed = packKeys(set, HASH_OF_ALG[alg]);
      const js = createJsScanner(target).scan(packed, 0, set.count);
      expect(createWasmScanner(kernel, target).scan(packed, 0, set.count)).toBe(js);
      expect(js).toBeGreaterThanOrEqual(0);
    }
  });

  it('one kernel serves several targets and key sets in turn', () => {
    const a = createCandidateSet('user-wordlist', ['one', 'two', 'three']);
    const b = createCandidateSet('user-wordlist', ['four', 'five']);
    const input = new TextEncoder().encode('x.y');
    expect(createWasmScanner(kernel, targetFor('HS256', 'two', input)).scan(packKeys(a, 'SHA-256'), 0, 3)).toBe(1);
    expect(createWasmScanner(kernel, targetFor('HS512', 'five', input)).scan(packKeys(b, 'SHA-512'), 0, 2)).toBe(1);
    expect(createWasmScanner(kernel, targetFor('HS384', 'three', new Uint8Array(5000))).scan(packKeys(a, 'SHA-384'), 0, 3)).toBe(2);
    expect(createWasmScanner(kernel, targetFor('HS256', 'four', input)).scan(packKeys(b, 'SHA-256'), 0, 2)).toBe(0);
  });
});

describe('reusable keys: pad states kept for later tokens', () => {
  const entries = Array.from({ length: 9_001 }, (_, i) => `reuse-${i}-${'y'.repeat(i % 90)}`);

  it.each(ALGS)('%s: JS and WASM find the same keys, first storing pad states, then from them, across blocks', (alg) => {
    const set = createCandidateSet('common-passwords', entries);
    const jsKeys = packKeys(set, HASH_OF_ALG[alg], { reuse: true });
    const wasmKeys = packKeys(set, HASH_OF_ALG[alg], { reuse: true });
    const signingInput = new Uint8Array(randomBytes(151));
    // Token 1 stores pads for part of the keys only (a hit stops it), token 2 runs over stored and new ones.
    for (const [secretIndex, ranges] of [
      [5_000, [[0, 3_000], [3_000, set.count]]],
      [8_999, [[0, set.count]]],
      [1, [[0, 2]]],
      [4_096, [[4_000, 4_200], [0, set.count]]],
      [-1, [[0, set.count]]],
    ] as const) {
      const secret = secretIndex >= 0 ? entries[secretIndex]! : 'not-there';
      const target = targetFor(alg, secret, signingInput);
      for (const [start, end] of ranges) {
        const js = createJsScanner(target).scan(jsKeys, start, end);
        const wasm = createWasmScanner(kernel, target).scan(wasmKeys, start, end);
        const expected = secretIndex >= start && secretIndex < end ? secretIndex : -1;
        expect([js, wasm], `${alg} secret ${secretIndex} in [${start}, ${end})`).toEqual([expected, expected]);
      }
    }
  }, 60_000);
});
