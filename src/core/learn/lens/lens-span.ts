import { toSegmentRange, type OffsetRange } from '../../inspect-token';

/** How many base64url characters and bytes a part has (or, in a bounded view, shows). */
export interface PartSize {
  chars: number;
  bytes: number;
}

/**
 * One selection seen in every layer: the bits chosen (character i carries bits [6i, 6i+6), byte j
 * bits [8j, 8j+8)), the characters and bytes that carry any of them, and which edge cells carry only
 * some of them.
 */
export interface LensSpan {
  bits: OffsetRange;
  chars: OffsetRange;
  bytes: OffsetRange;
  partial: { charStart: boolean; charEnd: boolean; byteStart: boolean; byteEnd: boolean };
}

/** Returns the bytes `[floor(6·c0/8), ceil(6·c1/8))` that carry characters `[c0, c1)`, clamped to `byteLength`; does not check the characters are base64url. */
export function toByteRange(chars: OffsetRange, byteLength: number): OffsetRange {
  return { start: Math.min(byteLength, Math.floor((6 * chars.start) / 8)), end: Math.min(byteLength, Math.ceil((6 * chars.end) / 8)) };
}

function describeSpan(bits: OffsetRange, chars: OffsetRange, bytes: OffsetRange, size: PartSize): LensSpan {
  // A last character's bits past the last byte are padding, not data: a character holding them is still whole.
  const charBitsEnd = (end: number) => Math.min(6 * end, 8 * size.bytes);
  const empty = bits.start >= bits.end;
  return {
    bits,
    chars,
    bytes,
    partial: {
      charStart: !empty && 6 * chars.start < bits.start,
      charEnd: !empty && charBitsEnd(chars.end) > bits.end,
      byteStart: !empty && 8 * bytes.start < bits.start,
      byteEnd: !empty && 8 * bytes.end > bits.end,
    },
  };
}

/** Returns the span of bytes `[b0, b1)`: the characters `[floor(4·b0/3), ceil(4·b1/3))` (the decoder's formula) and which edge characters are partial; does not clamp the bytes. */
export function spanOfBytes(bytes: OffsetRange, size: PartSize): LensSpan {
  const chars = toSegmentRange(bytes, size.chars);
  return describeSpan({ start: 8 * bytes.start, end: 8 * bytes.end }, chars, bytes, size);
}

/** Returns the span of characters `[c0, c1)`: the bytes that carry them and which edge bytes are partial; does not clamp the characters. */
export function spanOfChars(chars: OffsetRange, size: PartSize): LensSpan {
  const bytes = toByteRange(chars, size.bytes);
  return describeSpan({ start: Math.min(6 * chars.start, 8 * size.bytes), end: Math.min(6 * chars.end, 8 * size.bytes) }, chars, bytes, size);
}
