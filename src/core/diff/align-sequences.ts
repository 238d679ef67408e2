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
 * gaps between, place by place, or added and removed. Bounded by `MAX_ALIGN_CELLS`.
 */
export function alignSequences(left: readonly string[], right: readonly string[]): Alignment[] {
  const anchors = findAnchors(left, right);
  const gaps: { lefts: number[]; rights: number[] }[] = [];
  let previous: Anchor = { left: -1, right: -1 };
  for (const anchor of [...anchors, { left: left.length, right: right.length }]) {
    const lefts: number[] = [];
    const rights: number[] = [];
    for (let index = previous.left + 1; index < anchor.left; index++) lefts.push(index);
    for (let index = previous.right + 1; index < anchor.right; index++) rights.push(index);
    gaps.push({ lefts, rights });
    previous = anchor;
  }

  const waiting = new Map<string, number[]>();
  for (const gap of gaps) for (const index of gap.lefts) waiting.set(left[index]!, [...(waiting.get(left[index]!) ?? []), index]);
  const movedFrom = new Map<number, number>();
  const moved = new Set<number>();
  for (const gap of gaps) {
    for (const index of gap.rights) {
      const from = waiting.get(right[index]!)?.shift();
      if (from === undefined) continue;
      movedFrom.set(index, from);
      moved.add(from);
    }
  }

  const alignments: Alignment[] = [];
  gaps.forEach((gap, at) => {
    const lefts = gap.lefts.filter((index) => !moved.has(index));
    let paired = 0;
    for (const index of gap.rights) {
      const from = movedFrom.get(index);
      if (from !== undefined) alignments.push({ kind: 'moved', left: from, right: index });
      else if (paired < lefts.length) alignments.push({ kind: 'paired', left: lefts[paired++]!, right: index });
      else alignments.push({ kind: 'added', right: index });
    }
    for (const index of lefts.slice(paired)) alignments.push({ kind: 'removed', left: index });
    const anchor = anchors[at];
    if (anchor) alignments.push({ kind: 'same', ...anchor });
  });
  return alignments;
}
