import { describe, expect, it } from 'vitest';
import { alignSequences, MAX_ALIGN_CELLS, type Alignment } from './align-sequences';

describe('alignSequences', () => {
  it.each<{ name: string; left: string[]; right: string[]; alignments: Alignment[] }>([
    { name: 'two empty arrays', left: [], right: [], alignments: [] },
    {
      name: 'the same elements',
      left: ['a', 'b'],
      right: ['a', 'b'],
      alignments: [
        { kind: 'same', left: 0, right: 0 },
        { kind: 'same', left: 1, right: 1 },
      ],
    },
    {
      name: 'one added in the middle',
      left: ['a', 'c'],
      right: ['a', 'b', 'c'],
      alignments: [
        { kind: 'same', left: 0, right: 0 },
        { kind: 'added', right: 1 },
        { kind: 'same', left: 1, right: 2 },
      ],
    },
    {
      name: 'one removed at the end',
      left: ['a', 'b'],
      right: ['a'],
      alignments: [
        { kind: 'same', left: 0, right: 0 },
        { kind: 'removed', left: 1 },
      ],
    },
    {
      name: 'one replaced',
      left: ['a', 'b', 'c'],
      right: ['a', 'x', 'c'],
      alignments: [
        { kind: 'same', left: 0, right: 0 },
        { kind: 'paired', left: 1, right: 1 },
        { kind: 'same', left: 2, right: 2 },
      ],
    },
    {
      name: 'two swapped',
      left: ['a', 'b'],
      right: ['b', 'a'],
      alignments: [
        { kind: 'same', left: 1, right: 0 },
        { kind: 'moved', left: 0, right: 1 },
      ],
    },
    {
      name: 'a repeated element matched once',
      left: ['a'],
      right: ['a', 'a'],
      alignments: [
        { kind: 'same', left: 0, right: 0 },
        { kind: 'added', right: 1 },
      ],
    },
  ])('$name', ({ left, right, alignments }) => {
    expect(alignSequences(left, right)).toEqual(alignments);
  });

  it('past its table cap leaves the middles unanchored: equal elements read as moved, nothing is lost', () => {
    const size = Math.ceil(Math.sqrt(MAX_ALIGN_CELLS)) + 1;
    const left = ['start', ...Array.from({ length: size }, (_, index) => `l${index}`), 'x', 'end'];
    const right = ['start', 'x', ...Array.from({ length: size }, (_, index) => `r${index}`), 'end'];
    const alignments = alignSequences(left, right);
    expect(alignments).toContainEqual({ kind: 'moved', left: size + 1, right: 1 });
    expect(alignments.filter((alignment) => 'left' in alignment)).toHaveLength(left.length);
    expect(alignments.filter((alignment) => 'right' in alignment)).toHaveLength(right.length);
  });
});
