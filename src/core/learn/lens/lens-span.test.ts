import { describe, expect, it } from 'vitest';
import { spanOfBytes, spanOfChars, toByteRange } from './lens-span';

const range = (start: number, end: number) => ({ start, end });

describe('toByteRange', () => {
  it.each([
    { chars: range(0, 4), bytes: 3, expected: range(0, 3) },
    { chars: range(0, 1), bytes: 3, expected: range(0, 1) },
    { chars: range(1, 2), bytes: 3, expected: range(0, 2) },
    { chars: range(2, 3), bytes: 3, expected: range(1, 3) },
    { chars: range(3, 4), bytes: 3, expected: range(2, 3) },
    { chars: range(4, 8), bytes: 6, expected: range(3, 6) },
    { chars: range(5, 5), bytes: 6, expected: range(3, 4) },
    // The last character of "QQ" (one byte) holds 4 padding bits: the bytes stop at the part's end.
    { chars: range(1, 2), bytes: 1, expected: range(0, 1) },
    { chars: range(0, 2), bytes: 1, expected: range(0, 1) },
    { chars: range(0, 0), bytes: 0, expected: range(0, 0) },
  ])('characters $chars.start–$chars.end of a $bytes-byte part are bytes $expected.start–$expected.end', ({ chars, bytes, expected }) => {
    expect(toByteRange(chars, bytes)).toEqual(expected);
  });
});

describe('spanOfBytes', () => {
  it.each([
    // Whole quanta: 3 bytes are exactly 4 characters, no partial edge.
    { bytes: range(0, 3), size: { chars: 8, bytes: 6 }, chars: range(0, 4), partial: [false, false] },
    { bytes: range(3, 6), size: { chars: 8, bytes: 6 }, chars: range(4, 8), partial: [false, false] },
    // One byte: 8 bits over characters 0 (6 bits) and 1 (2 of its 6 bits).
    { bytes: range(0, 1), size: { chars: 8, bytes: 6 }, chars: range(0, 2), partial: [false, true] },
    { bytes: range(1, 2), size: { chars: 8, bytes: 6 }, chars: range(1, 3), partial: [true, true] },
    { bytes: range(2, 3), size: { chars: 8, bytes: 6 }, chars: range(2, 4), partial: [true, false] },
    // A 3-byte character starting one byte into a quantum spreads over 5 characters.
    { bytes: range(25, 28), size: { chars: 116, bytes: 87 }, chars: range(33, 38), partial: [true, true] },
    { bytes: range(24, 27), size: { chars: 116, bytes: 87 }, chars: range(32, 36), partial: [false, false] },
    // The last byte of a 1-byte part: its second character's other 4 bits are padding.
    { bytes: range(0, 1), size: { chars: 2, bytes: 1 }, chars: range(0, 2), partial: [false, false] },
    { bytes: range(3, 4), size: { chars: 6, bytes: 4 }, chars: range(4, 6), partial: [false, false] },
    { bytes: range(3, 5), size: { chars: 7, bytes: 5 }, chars: range(4, 7), partial: [false, false] },
    { bytes: range(2, 2), size: { chars: 8, bytes: 6 }, chars: range(2, 3), partial: [false, false] },
  ])('bytes $bytes.start–$bytes.end are characters $chars.start–$chars.end', ({ bytes, size, chars, partial }) => {
    const span = spanOfBytes(bytes, size);
    expect(span.chars).toEqual(chars);
    expect(span.bytes).toEqual(bytes);
    expect(span.bits).toEqual(range(8 * bytes.start, 8 * bytes.end));
    expect([span.partial.charStart, span.partial.charEnd]).toEqual(partial);
    expect([span.partial.byteStart, span.partial.byteEnd]).toEqual([false, false]);
  });
});

describe('spanOfChars', () => {
  it.each([
    { chars: range(0, 4), size: { chars: 8, bytes: 6 }, bytes: range(0, 3), partial: [false, false] },
    // Character 1: bits 6–12, the last 2 bits of byte 0 and the first 4 of byte 1.
    { chars: range(1, 2), size: { chars: 8, bytes: 6 }, bytes: range(0, 2), partial: [true, true] },
    { chars: range(0, 1), size: { chars: 8, bytes: 6 }, bytes: range(0, 1), partial: [false, true] },
    { chars: range(3, 4), size: { chars: 8, bytes: 6 }, bytes: range(2, 3), partial: [true, false] },
    { chars: range(33, 38), size: { chars: 116, bytes: 87 }, bytes: range(24, 29), partial: [true, true] },
    // The padding bits of a last character are no byte: its byte is whole.
    { chars: range(1, 2), size: { chars: 2, bytes: 1 }, bytes: range(0, 1), partial: [true, false] },
    { chars: range(0, 2), size: { chars: 2, bytes: 1 }, bytes: range(0, 1), partial: [false, false] },
    { chars: range(5, 7), size: { chars: 7, bytes: 5 }, bytes: range(3, 5), partial: [true, false] },
  ])('characters $chars.start–$chars.end are bytes $bytes.start–$bytes.end', ({ chars, size, bytes, partial }) => {
    const span = spanOfChars(chars, size);
    expect(span.bytes).toEqual(bytes);
    expect(span.chars).toEqual(chars);
    expect([span.partial.byteStart, span.partial.byteEnd]).toEqual(partial);
    expect([span.partial.charStart, span.partial.charEnd]).toEqual([false, false]);
  });

  it('covers exactly the cells that share a bit with the selection, in both directions', () => {
    const size = { chars: 116, bytes: 87 };
    const shares = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    const wrong: string[] = [];
    for (let start = 0; start < size.bytes; start++) {
      for (let end = start + 1; end <= size.bytes; end++) {
        const chars = spanOfBytes(range(start, end), size).chars;
        for (let c = 0; c < size.chars; c++) {
          if (shares(range(6 * c, 6 * c + 6), range(8 * start, 8 * end)) !== (c >= chars.start && c < chars.end)) wrong.push(`bytes ${start}–${end}, char ${c}`);
        }
      }
    }
    for (let c = 0; c < size.chars; c++) {
      const bytes = spanOfChars(range(c, c + 1), size).bytes;
      for (let b = 0; b < size.bytes; b++) {
        if (shares(range(8 * b, 8 * b + 8), range(6 * c, 6 * c + 6)) !== (b >= bytes.start && b < bytes.end)) wrong.push(`char ${c}, byte ${b}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
