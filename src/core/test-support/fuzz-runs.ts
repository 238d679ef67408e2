// Test-only: how many cases each fuzz property runs and how long one input may take. `npm test`
// runs the default; `npm run fuzz` (scripts/fuzz.mjs) sets FUZZ_RUNS=100000 and runs only the
// *.fuzz.test.ts files. FUZZ_SEED and FUZZ_PATH replay the case a failure printed.
import type fc from 'fast-check';
import { expect } from 'vitest';

/** Cases per property when FUZZ_RUNS is not set: the whole fuzz set stays near 30 s of `npm test` on two cores. */
export const DEFAULT_FUZZ_RUNS = 400;


function readPositiveInteger(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** Cases per property: FUZZ_RUNS when it is a positive integer, else DEFAULT_FUZZ_RUNS. */
export const FUZZ_RUNS: number = readPositiveInteger(process.env.FUZZ_RUNS) ?? DEFAULT_FUZZ_RUNS;

/**
 * Wall-clock time one call on one input may take (FUZZ_TIME_LIMIT_MS to change it): the largest
 * generated inputs take tens of milliseconds, so this leaves room for a machine busy with other work.
 */
export const FUZZ_TIME_LIMIT_MS: number = readPositiveInteger(process.env.FUZZ_TIME_LIMIT_MS) ?? 1_000;

const seedText = process.env.FUZZ_SEED;
const FUZZ_SEED = seedText !== undefined && Number.isSafeInteger(Number(seedText)) ? Number(seedText) : undefined;

/** The vitest timeout of one fuzz property: 50 ms a case, never under a minute. */
export const FUZZ_TIMEOUT_MS: number = Math.max(60_000, FUZZ_RUNS * 50);

/** The `path` a failure printed, with its seed: replays that one case (and its shrinking) only. */
const FUZZ_PATH = process.env.FUZZ_PATH;

/** Returns fast-check's parameters for one fuzz property: FUZZ_RUNS cases, or the case FUZZ_SEED (and FUZZ_PATH) name. */
export function fuzzParameters<Ts>(): fc.Parameters<Ts> {
  if (FUZZ_SEED === undefined) return { numRuns: FUZZ_RUNS };
  return FUZZ_PATH === undefined ? { numRuns: FUZZ_RUNS, seed: FUZZ_SEED } : { numRuns: FUZZ_RUNS, seed: FUZZ_SEED, path: FUZZ_PATH };
}

/**
 * Returns `run()`'s value, failing the property when the call takes longer than FUZZ_TIME_LIMIT_MS
 * twice in a row: a second try tells an input that is slow from a pause of the machine (a garbage
 * collection, another process) that hit it once.
 */
export function withinTimeLimit<T>(what: string, run: () => T): T {
  let started = performance.now();
  let value = run();
  let elapsed = performance.now() - started;
  if (elapsed >= FUZZ_TIME_LIMIT_MS) {
    started = performance.now();
    value = run();
    elapsed = Math.min(elapsed, performance.now() - started);
  }
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms, twice`).toBeLessThan(FUZZ_TIME_LIMIT_MS);
  return value;
}

/** `withinTimeLimit` for an asynchronous call. */
export async function withinTimeLimitAsync<T>(what: string, run: () => Promise<T>): Promise<T> {
  let started = performance.now();
  let value = await run();
  let elapsed = performance.now() - started;
  if (elapsed >= FUZZ_TIME_LIMIT_MS) {
    started = performance.now();
    value = await run();
    elapsed = Math.min(elapsed, performance.now() - started);
  }
  expect(elapsed, `${what} took ${Math.round(elapsed)} ms, twice`).toBeLessThan(FUZZ_TIME_LIMIT_MS);
  return value;
}

/**
 * Fails the property with `message` unless `condition` holds. A plain check, for the loops that test
 * every lexeme or member of a large input, where thousands of `expect` calls would cost seconds.
 */
export function ensure(condition: boolean, message: string | (() => string)): asserts condition {
  if (!condition) throw new Error(typeof message === 'string' ? message : message());
}
