import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKernel, TS_PATH, WASM_PATH } from './build-wasm.mjs';

describe('scripts/build-wasm.mjs', () => {
  it('rebuilding the kernel from hmac-sha2.wat gives the committed bytes, and kernel-wasm.ts embeds them', async () => {
    const { wasm, ts } = await buildKernel();
    expect(Buffer.from(wasm).equals(readFileSync(WASM_PATH)), 'hmac-sha2.wasm is stale: run `npm run build:wasm`').toBe(true);
    expect(readFileSync(TS_PATH, 'utf8'), 'kernel-wasm.ts is stale: run `npm run build:wasm`').toBe(ts);
    expect(ts).toContain(Buffer.from(wasm).toString('base64').slice(0, 100));
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([buildKernel(), buildKernel()]);
    expect(Buffer.from(a.wasm).equals(Buffer.from(b.wasm))).toBe(true);
  });

  it('fails on a malformed source', async () => {
    await expect(buildKernel('(module (func (export "x") (result i32) (i32.add)))')).rejects.toThrow();
  });
});
