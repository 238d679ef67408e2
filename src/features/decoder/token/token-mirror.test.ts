import { describe, expect, it } from 'vitest';
import type { SegmentRun } from '../../../ui/ColouredToken';
import { LARGE_TOKEN_CHARS, joinShownPieces, splitForDisplay, type ShownPiece } from './large-token';
import { isSegmentCharacterShown, layoutTokenMirror, type MirroredPart } from './token-mirror';

/** The parts of `text` as the decoder finds them: dot-separated runs after `prefix`, whitespace inside them removed. */
function partsOf(text: string, prefix = 0, suffix = 0): MirroredPart[] {
  const parts: MirroredPart[] = [];
  let start = prefix;
  const end = text.length - suffix;
  for (let dot = text.indexOf('.', start); ; dot = text.indexOf('.', start)) {
    const to = dot < 0 || dot >= end ? end : dot;
    parts.push({ segment: text.slice(start, to).replace(/\s+/g, ''), start, end: to });
    if (to === end) return parts;
    start = to + 1;
  }
}

const whole = (text: string): ShownPiece[] => [{ from: 0, to: text.length }];

/** What the mirror draws, as text: gaps in brackets, parts in braces. */
function drawn(text: string, pieces: ShownPiece[], parts: MirroredPart[]): string {
  const { outside, runs } = layoutTokenMirror(text, pieces, parts);
  const partText = (part: MirroredPart, partRuns: SegmentRun[]) =>
    partRuns.map((run) => ('gap' in run ? `[${JSON.stringify(run.gap).slice(1, -1)}]` : part.segment.slice(run.from, run.to))).join('');
  return parts.map((part, index) => `${outside[index]}{${partText(part, runs[index] ?? [])}}`).join('') + outside[parts.length];
}

describe('layoutTokenMirror', () => {
  it.each([
    ['a bare token', 'aaa.bbb.ccc', 0, 0, '{aaa}.{bbb}.{ccc}'],
    ['a Bearer prefix and surrounding space', '  Bearer aaa.bbb.ccc \n', 9, 2, '  Bearer {aaa}.{bbb}.{ccc} \n'],
    ['line breaks inside parts', 'aa\nb.b\r\nbb.cc c', 0, 0, '{aa[\\n]b}.{b[\\n]bb}.{cc[ ]c}'],
    ['a token inside a header line', 'Authorization: Bearer aaa.bbb.ccc', 22, 0, 'Authorization: Bearer {aaa}.{bbb}.{ccc}'],
    ['an empty part', 'aaa..ccc', 0, 0, '{aaa}.{}.{ccc}'],
  ])('%s', (_name, text, prefix, suffix, expected) => {
    expect(drawn(text, whole(text), partsOf(text, prefix, suffix))).toBe(expected);
  });

  it('lays out all of the text outside when there are no parts, carriage returns as line breaks', () => {
    const text = 'not\r\na token';
    expect(layoutTokenMirror(text, whole(text), [])).toEqual({ outside: ['not\na token'], runs: [] });
  });

  it('keeps every segment character once, in order, with its offset in the segment', () => {
    const text = 'Bearer ab\ncd.ef  gh.ij';
    const parts = partsOf(text, 7);
    const { runs } = layoutTokenMirror(text, whole(text), parts);
    expect(runs).toEqual([
      [{ from: 0, to: 2 }, { gap: '\n' }, { from: 2, to: 4 }],
      [{ from: 0, to: 2 }, { gap: '  ' }, { from: 2, to: 4 }],
      [{ from: 0, to: 2 }],
    ]);
  });

  describe('a large token, shown shortened', () => {
    const marker = (omitted: number) => `<${omitted} left out>`;
    const header = 'h'.repeat(100);
    const payload = 'p'.repeat(LARGE_TOKEN_CHARS);
    const signature = 's'.repeat(43);
    const text = `${header}.${payload}.${signature}`;
    const pieces = splitForDisplay(text, marker);
    const parts = partsOf(text);

    it('draws the box text: the marker falls inside the payload, which keeps its offsets on both sides', () => {
      const { outside, runs } = layoutTokenMirror(text, pieces, parts);
      expect(outside).toEqual(['', '.', '.', '']);
      const [head, gap, tail] = runs[1] ?? [];
      expect(head).toEqual({ from: 0, to: 2_000 - 101 });
      expect(gap).toEqual({ gap: `\n${marker(text.length - 2_200)}\n` });
      expect(tail).toEqual({ from: payload.length - (200 - 44), to: payload.length });
      expect(runs[2]).toEqual([{ from: 0, to: 43 }]);
      const shown = joinShownPieces(text, pieces);
      expect(drawn(text, pieces, parts).replace(/[{}]/g, '')).toBe(shown.replace(/\n/g, '\\n').replace(`\\n${marker(text.length - 2_200)}\\n`, `[\\n${marker(text.length - 2_200)}\\n]`));
    });

    it('puts the marker between parts when the left-out middle spans a part boundary', () => {
      const long = `${'h'.repeat(LARGE_TOKEN_CHARS / 2)}.${'p'.repeat(LARGE_TOKEN_CHARS / 2)}.${'s'.repeat(43)}`;
      const longParts = partsOf(long);
      const { outside, runs } = layoutTokenMirror(long, splitForDisplay(long, marker), longParts);
      expect(runs[0]).toEqual([{ from: 0, to: 2_000 }]);
      expect(outside[1]).toBe(`\n${marker(long.length - 2_200)}\n`);
      expect(runs[1]).toEqual([{ from: LARGE_TOKEN_CHARS / 2 - 156, to: LARGE_TOKEN_CHARS / 2 }]);
      expect(outside[2]).toBe('.');
    });

    it.each([
      ['the header', 0, 99, true],
      ['the payload’s shown head', 1, 2_000 - 102, true],
      ['the payload’s first left-out character', 1, 2_000 - 101, false],
      ['the payload’s last left-out character', 1, payload.length - 157, false],
      ['the payload’s shown tail', 1, payload.length - 156, true],
      ['the signature', 2, 42, true],
    ])('says whether a character is shown: %s, character %i', (_name, part, index, shown) => {
      expect(isSegmentCharacterShown(text, pieces, parts[part]!, index)).toBe(shown);
    });
  });

  it('counts a part’s characters without the whitespace inside it, and shows all of an ordinary token', () => {
    const text = 'Bearer ab\ncd.ef  gh.ij';
    const parts = partsOf(text, 7);
    expect([0, 3, 4].map((index) => isSegmentCharacterShown(text, whole(text), parts[0]!, index))).toEqual([true, true, false]);
    expect(isSegmentCharacterShown(text, whole(text), parts[1]!, 3)).toBe(true);
  });
});
