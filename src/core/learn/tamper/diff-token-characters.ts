import type { JwsPartName } from '../../token/decoded-token';
import { JWS_PART_NAMES, splitJwsSegments } from '../../token/jws-segments';

/**
 * How one part's characters changed: characters `[start, end)` of the edited segment differ from
 * the original's `removed` text at the same place; everything before and after is equal.
 */
export interface PartChange {
  part: JwsPartName;
  start: number;
  end: number;
  /** The original characters the changed run replaced (may be longer, shorter or empty). */
  removed: string;
}

/**
 * Returns the changed run of each part that differs between two compact JWS texts: the part minus
 * its longest common prefix and suffix. Not a minimal edit script: a base64url run after an inserted
 * byte shifts, so everything between the first and last difference counts as changed.
 * Returns [] when either text is not three segments.
 */
export function diffTokenCharacters(original: string, edited: string): PartChange[] {
  const before = splitJwsSegments(original);
  const after = splitJwsSegments(edited);
  if (before === null || after === null) return [];
  const changes: PartChange[] = [];
  for (const part of JWS_PART_NAMES) {
    const a = before[part];
    const b = after[part];
    if (a === b) continue;
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
    changes.push({ part, start: prefix, end: b.length - suffix, removed: a.slice(prefix, a.length - suffix) });
  }
  return changes;
}
