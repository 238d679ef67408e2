import { describe, expect, it } from 'vitest';
import { LARGE_TOKEN_CHARS, shortenForDisplay } from './large-token';

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
});
