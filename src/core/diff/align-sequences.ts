/** How one element of an array lines up with the other array. */
export type Alignment =
  /** Equal elements in the same place (a longest common subsequence, or the common ends). */
  | { kind: 'same'; left: number; right: number }
  /** Equal elements, but at another place. */
  | { kind: 'moved'; left: number; right: number }
  /** Different elements where one replaced the other. */
  | { kind: 'paired'; left: number; right: number }
  | { kind: 'removed'; left: number }
  | { kind: 'added'; right: number };

/** Cells of the longest-common-subsequence table filled before the middles are left unanchored (then equal elements read as moved). */
export const MAX_ALIGN_CELLS = 1_000_000;

interface Anchor {
  left: number;
  right: number;
}

function findAnchors(left: readonly string[], right: readonly string[]): Anchor[] {
  let prefix = 0;
  while (prefix < left.length && prefix < right.length && left[prefix] === right[prefix]) prefix++;
  let suffix = 0;
  while (suffix < left.length - prefix && suffix < right.length - prefix && left[left.length - 1 - suffix] === right[right.length - 1 - suffix]) suffix++;
  const anchors: Anchor[] = [];
  for (let index = 0; index < prefix; index++) anchors.push({ left: index, right: index });
  const n = left.length - prefix - suffix;
  const m = right.length - prefix - suffix;
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_ALIGN_CELLS) anchors.push(...findCommonSubsequence(left, right, prefix, n, m));
  for (let index = suffix; index > 0; index--) anchors.push({ left: left.length - index, right: right.length - index });
  return anchors;
}

function findCommonSubsequence(left: readonly string[], right: readonly string[], from: number, n: number, m: number): Anchor[] {
  const width = m + 1;
  // lengths[i * width + j]: the longest common subsequence of left[from + i..] and right[from + j..].
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = left[from + i] === right[from + j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const anchors: Anchor[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[from + i] === right[from + j]) {
      anchors.push({ left: from + i, right: from + j });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) i++;
    else j++;
  }
  return anchors;
}

/**
 * Returns how the elements of two arrays (each given by a key, equal keys meaning equal elements)
 * line up, in the right array's order with removed elements after the run they left: a longest
 * common subsequence stays in place, other equal elements moved, and the rest are paired up in the
 * gaps between, place by place, or added and removed. Bounded by `MAX_ALIGN_CELLS`; compares keys
 * only, never the elements behind them.
 */
export function alignSequences(left: readonly string[], right: readonly string[]): Alignment[] {
  const anchors = findAnchors(left, right);
  // Gap `at` lies before anchor `at` (the last gap after the last anchor): `[from, to)` on each side.
  const gaps: { leftFrom: number; leftTo: number; rightFrom: number; rightTo: number }[] = [];
  let previous: Anchor = { left: -1, right: -1 };
  for (let at = 0; at <= anchors.length; at++) {
    const anchor = anchors[at] ?? { left: left.length, right: right.length };
    gaps.push({ leftFrom: previous.left + 1, leftTo: anchor.left, rightFrom: previous.right + 1, rightTo: anchor.right });
    previous = anchor;
  }

  const waiting = new Map<string, number[]>();
  for (const gap of gaps) {
    for (let index = gap.leftFrom; index < gap.leftTo; index++) {
      const key = left[index]!;
      const queue = waiting.get(key);
      if (queue) queue.push(index);
      else waiting.set(key, [index]);
    }
  }
  const taken = new Map<string, number>();
  const movedFrom = new Map<number, number>();
  const moved = new Set<number>();
  for (const gap of gaps) {
    for (let index = gap.rightFrom; index < gap.rightTo; index++) {
      const key = right[index]!;
      const queue = waiting.get(key);
      const next = taken.get(key) ?? 0;
      if (!queue || next >= queue.length) continue;
      taken.set(key, next + 1);
      movedFrom.set(index, queue[next]!);
      moved.add(queue[next]!);
    }
  }

  const alignments: Alignment[] = [];
  gaps.forEach((gap, at) => {
    let leftAt = gap.leftFrom;
    const nextLeft = () => {
      while (leftAt < gap.leftTo && moved.has(leftAt)) leftAt++;
      return leftAt < gap.leftTo ? leftAt++ : null;
    };
    for (let index = gap.rightFrom; index < gap.rightTo; index++) {
      const from = movedFrom.get(index);
      if (from !== undefined) {
        alignments.push({ kind: 'moved', left: from, right: index });
        continue;
      }
      const paired = nextLeft();
      alignments.push(paired === null ? { kind: 'added', right: index } : { kind: 'paired', left: paired, right: index });
    }
    for (let index = nextLeft(); index !== null; index = nextLeft()) alignments.push({ kind: 'removed', left: index });
    const anchor = anchors[at];
    if (anchor) alignments.push({ kind: 'same', ...anchor });
  });
  return alignments;
}
