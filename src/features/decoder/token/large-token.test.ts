import { describe, expect, it } from 'vitest';
import { LARGE_TOKEN_CHARS, joinShownPieces, shortenForDisplay, splitForDisplay } from './large-token';

describe('shortenForDisplay', () => {
  const marker = (omitted: number) => `[${omitted} hidden]`;

  it('returns an ordinary token unchanged', () => {
    expect(shortenForDisplay('a.b.c', marker)).toBe('a.b.c');
  });

  it('keeps the head and the tail of a large token and says how much is hidden', () => {
    const text = 'h'.repeat(LARGE_TOKEN_CHARS) + 'TAIL';
    const shown = shortenForDisplay(text, marker);
    expect(shown.length).toBeLessThan(3_000);
    expect(shown.startsWith('hhhh')).toBe(true);
    expect(shown.endsWith('TAIL')).toBe(true);
    expect(shown).toContain(`[${text.length - 2_200} hidden]`);
  });

  it.each([
    ['the default ends', undefined, { from: 0, to: 2_000 }, LARGE_TOKEN_CHARS + 4 - 200],
    ['a longer start and end', { head: 2_500, tail: 300 }, { from: 0, to: 2_500 }, LARGE_TOKEN_CHARS + 4 - 300],
  ])('shows %s of a large token', (_name, ends, head, tailStart) => {
    const text = 'h'.repeat(LARGE_TOKEN_CHARS) + 'TAIL';
    const pieces = splitForDisplay(text, marker, ends);
    expect(pieces).toEqual([head, { inserted: `\n${marker(tailStart - head.to)}\n` }, { from: tailStart, to: text.length }]);
    expect(joinShownPieces(text, pieces).endsWith('TAIL')).toBe(true);
  });
});
