import type { MemberSpan } from '../../../core/inspect-token';

/**
 * The index of the innermost member whose characters hold segment offset `offset`, or -1. Members
 * come in name order, so an inner member follows the one around it, and where two neighbours share
 * a partial character the later one is taken.
 */
export function findMemberAt(members: readonly MemberSpan[], offset: number): number {
  let found = -1;
  for (let index = 0; index < members.length; index++) {
    const { start, end } = members[index]!.chars;
    if (start > offset) break;
    if (offset < end) found = index;
  }
  return found;
}

/**
 * Stops kept at most: each makes a piece, an element of the coloured token. Past them the rest of a
 * part is one piece, so a token with thousands of members stays a few thousand elements.
 */
export const MAX_MEMBER_STOPS = 2_000;

/** Where the set of members holding a character changes, below `limit` (at most MAX_MEMBER_STOPS): the pieces the token is pointed at by. */
export function memberStops(members: readonly MemberSpan[], limit: number): number[] {
  const stops = new Set<number>();
  for (const { chars } of members) {
    if (chars.start >= limit || stops.size >= MAX_MEMBER_STOPS) break;
    stops.add(chars.start);
    if (chars.end < limit) stops.add(chars.end);
  }
  return [...stops].sort((a, b) => a - b);
}
