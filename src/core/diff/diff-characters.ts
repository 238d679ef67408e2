import type { OffsetRange } from '../inspect-token';

/** Which characters of two texts differ: the runs of each side that are not in their common subsequence. */
export interface CharacterDiff {
  /** Runs of the left text that the right text lacks, in order, not overlapping. */
  left: OffsetRange[];
  /** Runs of the right text that the left text lacks. */
  right: OffsetRange[];
  /** The work cap was reached: everything between the common prefix and suffix is marked changed. */
  capped: boolean;
}

/** Edit steps (insertions plus deletions) the comparison follows before it gives up on a minimal answer. */
export const MAX_EDIT_DISTANCE = 256;

/** Characters examined before it gives up, so a megabyte token costs a bounded time, not a quadratic one. */
export const MAX_DIFF_STEPS = 1_000_000;

/** Equal runs shorter than this between two changes are counted as changed: chance matches in base64url are noise. */
export const MIN_EQUAL_RUN = 4;

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  let length = 0;
  while (length < a.length - prefix && length < b.length - prefix && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/** An equal run of the middles: `a[x, x + length)` equals `b[y, y + length)`. */
interface Snake {
  x: number;
  y: number;
  length: number;
}

/**
 * Myers' O(ND) greedy search for the longest common subsequence of `a` and `b`, as its equal runs in
 * order; null once `MAX_EDIT_DISTANCE` or `MAX_DIFF_STEPS` is passed.
 */
function findEqualRuns(a: string, b: string): Snake[] | null {
  const n = a.length;
  const m = b.length;
  const maxD = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  let steps = 0;
  for (let d = 0; d <= maxD; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      steps += 1 + x - from;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d);
    }
    if (steps > MAX_DIFF_STEPS) return null;
  }
  return null;
}

/** Walks the search back from the end, `trace[d]` being the furthest reach of each diagonal before round `d`. */
function backtrack(trace: readonly Int32Array[], offset: number, n: number, m: number, dEnd: number): Snake[] {
  const snakes: Snake[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousK = down ? k + 1 : k - 1;
    const previousX = v[offset + previousK]!;
    // One insertion (down) or deletion (right) leads onto diagonal k, then an equal run up to (x, y).
    const runX = d === 0 ? 0 : down ? previousX : previousX + 1;
    if (x > runX) snakes.push({ x: runX, y: runX - k, length: x - runX });
    x = previousX;
    y = previousX - previousK;
  }
  return snakes.reverse();
}

function keepLongRuns(runs: Snake[]): Snake[] {
  return runs.filter((run) => run.length >= MIN_EQUAL_RUN);
}

function gapsBetween(runs: Snake[], side: 'x' | 'y', start: number, end: number, base: number): OffsetRange[] {
  const gaps: OffsetRange[] = [];
  let at = start;
  for (const run of runs) {
    if (run[side] > at) gaps.push({ start: base + at, end: base + run[side] });
    at = run[side] + run.length;
  }
  if (end > at) gaps.push({ start: base + at, end: base + end });
  return gaps;
}

/**
 * Returns the changed character runs of two texts (an encoded segment each): what lies outside their
 * common prefix, suffix and longest common subsequence, with chance matches shorter than
 * `MIN_EQUAL_RUN` counted as changed. Bounded: past `MAX_EDIT_DISTANCE` or `MAX_DIFF_STEPS` the whole
 * middle is changed and `capped` says so. Does not decode the texts.
 */
export function diffCharacters(left: string, right: string): CharacterDiff {
  if (left === right) return { left: [], right: [], capped: false };
  const prefix = commonPrefix(left, right);
  const suffix = commonSuffix(left, right, prefix);
  const a = left.slice(prefix, left.length - suffix);
  const b = right.slice(prefix, right.length - suffix);
  const whole = (length: number): OffsetRange[] => (length > 0 ? [{ start: prefix, end: prefix + length }] : []);
  if (a.length === 0 || b.length === 0) return { left: whole(a.length), right: whole(b.length), capped: false };
  const runs = findEqualRuns(a, b);
  if (runs === null) return { left: whole(a.length), right: whole(b.length), capped: true };
  const kept = keepLongRuns(runs);
  return { left: gapsBetween(kept, 'x', 0, a.length, prefix), right: gapsBetween(kept, 'y', 0, b.length, prefix), capped: false };
}
