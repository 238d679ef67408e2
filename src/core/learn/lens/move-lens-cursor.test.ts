import { describe, expect, it } from 'vitest';
import type { LensCursor } from './lens-cursor';
import { createTestLensPart } from './test-support/create-test-lens-part';
import { extendLensCursor, moveLensCursor, type LensMove } from './move-lens-cursor';

const PART = createTestLensPart('{"n":"김하늘","exp":1}');
const SIGNATURE_LIKE = { ...PART, json: null, characters: null };
const cursor = (layer: LensCursor['layer'], anchor: number, focus = anchor): LensCursor => ({ layer, anchor, focus });

describe('moveLensCursor', () => {
  it.each<{ from: LensCursor; move: LensMove; extend: boolean; to: LensCursor }>([
    { from: cursor('bytes', 6), move: 'next', extend: false, to: cursor('bytes', 7) },
    { from: cursor('bytes', 6), move: 'previous', extend: false, to: cursor('bytes', 5) },
    { from: cursor('bytes', 6), move: 'next', extend: true, to: cursor('bytes', 6, 7) },
    { from: cursor('bytes', 6, 8), move: 'previous', extend: true, to: cursor('bytes', 6, 7) },
    { from: cursor('bytes', 6, 8), move: 'next', extend: false, to: cursor('bytes', 9) },
    { from: cursor('bytes', 0), move: 'previous', extend: false, to: cursor('bytes', 0) },
    { from: cursor('bytes', 24), move: 'next', extend: false, to: cursor('bytes', 24) },
    { from: cursor('chars', 10), move: 'first', extend: false, to: cursor('chars', 0) },
    { from: cursor('chars', 10), move: 'last', extend: true, to: cursor('chars', 10, 33) },
    { from: cursor('json', 2), move: 'last', extend: false, to: cursor('json', 8) },
    // Up and down carry the span: 김's bytes are characters 8–11 and one JSON token (the string).
    { from: cursor('bytes', 6, 8), move: 'up', extend: false, to: cursor('sextets', 8, 11) },
    { from: cursor('sextets', 8, 11), move: 'up', extend: false, to: cursor('chars', 8, 11) },
    { from: cursor('chars', 8, 11), move: 'up', extend: false, to: cursor('chars', 8, 11) },
    { from: cursor('bytes', 6, 8), move: 'down', extend: false, to: cursor('json', 3) },
    { from: cursor('json', 3), move: 'down', extend: false, to: cursor('json', 3) },
  ])('$from.layer $from.anchor–$from.focus, $move (extend $extend)', ({ from, move, extend, to }) => {
    expect(moveLensCursor(from, move, extend, PART)).toEqual(to);
  });

  it('skips a layer with no cells: a signature has no JSON tokens', () => {
    expect(moveLensCursor(cursor('bytes', 2), 'down', false, SIGNATURE_LIKE)).toEqual(cursor('bytes', 2));
    expect(moveLensCursor(cursor('json', 0), 'next', false, SIGNATURE_LIKE)).toEqual(cursor('json', 0));
  });
});

describe('extendLensCursor', () => {
  it.each<{ from: LensCursor; layer: LensCursor['layer']; cell: number; to: LensCursor }>([
    { from: cursor('bytes', 6), layer: 'bytes', cell: 9, to: cursor('bytes', 6, 9) },
    { from: cursor('json', 5), layer: 'json', cell: 7, to: cursor('json', 5, 7) },
    // Into another layer: from the near end of the span carried there.
    { from: cursor('bytes', 6, 8), layer: 'chars', cell: 14, to: cursor('chars', 8, 14) },
    { from: cursor('bytes', 6, 8), layer: 'chars', cell: 2, to: cursor('chars', 11, 2) },
  ])('$from.layer $from.anchor–$from.focus to $layer $cell', ({ from, layer, cell, to }) => {
    expect(extendLensCursor(from, layer, cell, PART)).toEqual(to);
  });
});
