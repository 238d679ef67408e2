import { describe, expect, it } from 'vitest';
import type { MemberSpan } from '../../../core/inspect-token';
import { findMemberAt } from './member-highlight';

function span(pointer: string, depth: number, start: number, end: number): MemberSpan {
  const chars = { start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3) };
  return { pointer, depth, bytes: { start, end }, chars };
}

// Members by their bytes; /a ends and /b starts inside character 9, which both share.
const MEMBERS = [span('/a', 1, 1, 7), span('/b', 1, 7, 18), span('/b/c', 2, 12, 17), span('/d', 1, 19, 24)];

describe('findMemberAt', () => {
  it.each([
    ['before every member', 0, -1],
    ['inside /a', 2, 0],
    ['the character /a and /b share goes to /b', 9, 1],
    ['inside /b, outside /b/c', 10, 1],
    ['inside /b/c', 17, 2],
    ['inside /d', 30, 3],
    ['past every member', 40, -1],
  ])('%s', (_name, offset, expected) => {
    expect(findMemberAt(MEMBERS, offset)).toBe(expected);
  });
});
