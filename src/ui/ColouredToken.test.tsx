import { describe, expect, it } from 'vitest';
import { toTokenHighlight } from './ColouredToken';

/** A member by its byte range, with the characters that carry those bytes. */
function located(start: number, end: number) {
  return { bytes: { start, end }, chars: { start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3) } };
}

describe('toTokenHighlight', () => {
  it.each([
    ['both edges whole', located(3, 9), { start: 4, end: 12, partialStart: false, partialEnd: false }],
    ['a partial first character', located(1, 6), { start: 1, end: 8, partialStart: true, partialEnd: false }],
    ['a partial last character', located(0, 7), { start: 0, end: 10, partialStart: false, partialEnd: true }],
  ])('%s', (_name, member, expected) => {
    expect(toTokenHighlight('payload', member)).toEqual({ part: 'payload', ...expected });
  });
});
