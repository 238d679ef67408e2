const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// The standard alphabet's two letters carry the same values; the decoder accepts them with a note.
const STANDARD_LETTERS: ReadonlyMap<string, number> = new Map([
  ['+', 62],
  ['/', 63],
]);

/**
 * Returns the 6-bit value of each of the first `limit` characters of a base64url segment (null for a
 * character of neither alphabet, `=` included); does not check the segment's length or padding.
 */
export function readSextets(segment: string, limit = segment.length): (number | null)[] {
  const count = Math.min(limit, segment.length);
  const values = new Array<number | null>(count);
  for (let i = 0; i < count; i++) {
    const character = segment.charAt(i);
    const value = URL_ALPHABET.indexOf(character);
    values[i] = value >= 0 ? value : (STANDARD_LETTERS.get(character) ?? null);
  }
  return values;
}
