import { readSextet } from '../../encoding/base64url';

/**
 * Returns the 6-bit value of each of the first `limit` characters of a base64url segment (null for a
 * character of neither alphabet, `=` included); does not check the segment's length or padding.
 */
export function readSextets(segment: string, limit = segment.length): (number | null)[] {
  const count = Math.min(limit, segment.length);
  const values = new Array<number | null>(count);
  for (let i = 0; i < count; i++) {
    // The standard alphabet's two letters carry the same values; the decoder accepts them with a note.
    values[i] = readSextet(segment.charAt(i), true);
  }
  return values;
}
