import { describe, expect, it } from 'vitest';
import { diffCharacters, MAX_DIFF_STEPS } from './diff-characters';

describe('diffCharacters', () => {
  it.each([
    { name: 'equal texts', left: 'abcdef', right: 'abcdef', changed: { left: [], right: [] } },
    { name: 'one replaced character', left: 'abcdef', right: 'abXdef', changed: { left: [{ start: 2, end: 3 }], right: [{ start: 2, end: 3 }] } },
    { name: 'an insertion', left: 'abcdef', right: 'abcXYdef', changed: { left: [], right: [{ start: 3, end: 5 }] } },
    { name: 'a deletion', left: 'abcdef', right: 'adef', changed: { left: [{ start: 1, end: 3 }], right: [] } },
    { name: 'an empty side', left: '', right: 'abc', changed: { left: [], right: [{ start: 0, end: 3 }] } },
    {
      name: 'two changes with a long equal run between them',
      left: 'aXbcdefgYh',
      right: 'aZbcdefgWh',
      changed: { left: [{ start: 1, end: 2 }, { start: 8, end: 9 }], right: [{ start: 1, end: 2 }, { start: 8, end: 9 }] },
    },
    {
      name: 'a short chance match between changes counted as changed',
      left: 'aXbYc',
      right: 'aZbWc',
      changed: { left: [{ start: 1, end: 4 }], right: [{ start: 1, end: 4 }] },
    },
    {
      name: 'a moved run: the longest common subsequence stays',
      left: 'HEADERpayloadSIG',
      right: 'XXpayloadYY',
      changed: { left: [{ start: 0, end: 6 }, { start: 13, end: 16 }], right: [{ start: 0, end: 2 }, { start: 9, end: 11 }] },
    },
  ])('$name', ({ left, right, changed }) => {
    expect(diffCharacters(left, right)).toEqual({ ...changed, capped: false });
  });

  it('gives up past its cap on long unrelated texts, marking the whole middle changed and saying so', () => {
    const left = `head${'a'.repeat(MAX_DIFF_STEPS)}tail`;
    const right = `head${'b'.repeat(MAX_DIFF_STEPS / 2)}tail`;
    expect(diffCharacters(left, right)).toEqual({
      left: [{ start: 4, end: 4 + MAX_DIFF_STEPS }],
      right: [{ start: 4, end: 4 + MAX_DIFF_STEPS / 2 }],
      capped: true,
    });
  });

  it('finds an edit inside megabyte texts through their common prefix and suffix, uncapped', () => {
    const big = 'x'.repeat(2_000_000);
    expect(diffCharacters(`${big}A${big}`, `${big}BB${big}`)).toEqual({ left: [{ start: 2_000_000, end: 2_000_001 }], right: [{ start: 2_000_000, end: 2_000_002 }], capped: false });
  });

  it('marks each side within its own bounds, whatever the texts', () => {
    const samples = ['', 'a', 'ab', 'abc', 'eyJhbGciOiJIUzI1NiJ9', 'eyJhbGciOiAiSFMyNTYifQ', 'zzzz', 'abab', 'baba'];
    for (const left of samples) {
      for (const right of samples) {
        const diff = diffCharacters(left, right);
        const kept = (text: string, ranges: { start: number; end: number }[]) => {
          let rest = '';
          let at = 0;
          for (const range of ranges) {
            expect(range.start).toBeGreaterThanOrEqual(at);
            expect(range.end).toBeGreaterThan(range.start);
            rest += text.slice(at, range.start);
            at = range.end;
          }
          expect(at).toBeLessThanOrEqual(text.length);
          return rest + text.slice(at);
        };
        // What is left unmarked on both sides is the same text: the common part.
        expect(kept(left, diff.left)).toBe(kept(right, diff.right));
      }
    }
  });
});
