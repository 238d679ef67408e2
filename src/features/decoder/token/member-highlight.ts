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
