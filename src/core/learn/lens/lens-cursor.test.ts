import { describe, expect, it } from 'vitest';
import { countLensCells, createFirstLensCursor, findLayerCells, resolveLensSpan, type LensCursor } from './lens-cursor';
import { createTestLensPart } from './test-support/create-test-lens-part';

// Bytes: {"n":"김하늘","exp":1} — 김 is bytes 6–9, "exp" bytes 17–22.
const PART = createTestLensPart('{"n":"김하늘","exp":1}');
const range = (start: number, end: number) => ({ start, end });
const cursor = (layer: LensCursor['layer'], anchor: number, focus = anchor): LensCursor => ({ layer, anchor, focus });

describe('countLensCells', () => {
  it.each([
    { layer: 'chars', count: 34 },
    { layer: 'sextets', count: 34 },
    { layer: 'bytes', count: 25 },
    { layer: 'json', count: 9 },
  ] as const)('$layer: $count', ({ layer, count }) => {
    expect(countLensCells(PART, layer)).toBe(count);
  });
});

describe('resolveLensSpan', () => {
  it.each([
    { name: 'one byte', cursor: cursor('bytes', 6), chars: range(8, 10), bytes: range(6, 7) },
    { name: 'the three bytes of 김, on a quantum boundary', cursor: cursor('bytes', 6, 8), chars: range(8, 12), bytes: range(6, 9) },
    { name: 'bytes selected right to left', cursor: cursor('bytes', 8, 6), chars: range(8, 12), bytes: range(6, 9) },
    { name: 'one character', cursor: cursor('chars', 9), chars: range(9, 10), bytes: range(6, 8) },
    { name: 'one 6-bit value: the same as its character', cursor: cursor('sextets', 9), chars: range(9, 10), bytes: range(6, 8) },
    { name: 'the JSON token "exp"', cursor: cursor('json', 5), chars: range(22, 30), bytes: range(17, 22) },
    { name: 'the member "exp":1, name to value', cursor: cursor('json', 5, 7), chars: range(22, 32), bytes: range(17, 24) },
    { name: 'the string "김하늘"', cursor: cursor('json', 3), chars: range(6, 22), bytes: range(5, 16) },
    { name: 'cells past the end are clamped', cursor: cursor('bytes', 24, 90), chars: range(32, 34), bytes: range(24, 25) },
  ])('$name', ({ cursor: selection, chars, bytes }) => {
    const span = resolveLensSpan(selection, PART);
    expect(span.chars).toEqual(chars);
    expect(span.bytes).toEqual(bytes);
  });
});

describe('findLayerCells', () => {
  it.each([
    { name: 'the tokens touching bytes 6–9 (inside a string)', from: cursor('bytes', 6, 8), layer: 'json', cells: range(3, 4) },
    { name: 'the tokens touching bytes 15–18', from: cursor('bytes', 15, 17), layer: 'json', cells: range(3, 6) },
    { name: 'the characters of a token', from: cursor('json', 5), layer: 'chars', cells: range(22, 30) },
    { name: 'the bytes of a character', from: cursor('chars', 9), layer: 'bytes', cells: range(6, 8) },
  ] as const)('$name', ({ from, layer, cells }) => {
    expect(findLayerCells(resolveLensSpan(from, PART), layer, PART)).toEqual(cells);
  });
});

describe('createFirstLensCursor', () => {
  it.each([
    { name: 'the first multi-byte character', part: PART, first: cursor('bytes', 6, 8) },
    { name: 'the first byte of ASCII JSON', part: createTestLensPart('{"a":1}'), first: cursor('bytes', 0) },
    { name: 'the first byte of a part that is not text', part: { ...PART, characters: null }, first: cursor('bytes', 0) },
    { name: 'nothing in an empty part', part: { ...PART, size: { chars: 0, bytes: 0 } }, first: null },
  ])('$name', ({ part, first }) => {
    expect(createFirstLensCursor(part)).toEqual(first);
  });
});
