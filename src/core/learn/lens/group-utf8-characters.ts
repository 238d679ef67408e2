/** One character of UTF-8 text: its bytes `[start, end)` and its code point. */
export interface Utf8Character {
  start: number;
  end: number;
  /** Null for a byte that starts no well-formed sequence (it stands alone). */
  codePoint: number | null;
  /** False when the character's bytes run past the bytes read (the view's bound): `end` is where they stop. */
  complete: boolean;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const LEAD_BITS = [0, 0x7f, 0x1f, 0x0f, 0x07];

/**
 * Returns the characters of UTF-8 bytes `[0, limit)` in order, a character cut by `limit` marked
 * incomplete; a byte that starts no sequence, or whose sequence breaks, stands alone with a null code
 * point. Does not reject overlong forms or surrogates (a decoded part's text was checked already).
 */
export function groupUtf8Characters(bytes: Uint8Array, limit = bytes.length): Utf8Character[] {
  const end = Math.min(limit, bytes.length);
  const characters: Utf8Character[] = [];
  let i = 0;
  while (i < end) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    let codePoint: number | null = length === 0 ? null : lead & (LEAD_BITS[length] ?? 0);
    let k = 1;
    for (; k < length && i + k < bytes.length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) break;
      codePoint = ((codePoint ?? 0) << 6) | (next & 0x3f);
    }
    const whole = length > 0 && k === length;
    if (!whole) codePoint = null;
    const stop = whole ? i + length : i + 1;
    characters.push({ start: i, end: Math.min(stop, end), codePoint, complete: stop <= end });
    i = stop;
  }
  return characters;
}
