import { describe, expect, it } from 'vitest';
import { createTextAssembler, piecesOf } from './text-pieces';

describe('piecesOf', () => {
  it('cuts a text into pieces of at most the size, which join back into it', () => {
    const text = 'eyJ'.repeat(1000) + '.x';
    const pieces = piecesOf(text, 256);
    expect(pieces).toHaveLength(Math.ceil(text.length / 256));
    expect(pieces.every((piece) => piece.length <= 256)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('sends an empty text as one empty piece, and a short one whole', () => {
    expect(piecesOf('', 4)).toEqual(['']);
    expect(piecesOf('abc', 4)).toEqual(['abc']);
  });
});

describe('createTextAssembler', () => {
  it('gives each text back with its last piece, while pieces of two requests interleave', () => {
    const add = createTextAssembler();
    const first = piecesOf('a'.repeat(10), 4);
    const second = piecesOf('b'.repeat(6), 4);
    expect(add({ id: 1, piece: first[0]!, total: 10 })).toBeNull();
    expect(add({ id: 2, piece: second[0]!, total: 6 })).toBeNull();
    expect(add({ id: 1, piece: first[1]!, total: 10 })).toBeNull();
    expect(add({ id: 2, piece: second[1]!, total: 6 })).toBe('b'.repeat(6));
    expect(add({ id: 1, piece: first[2]!, total: 10 })).toBe('a'.repeat(10));
  });

  it('takes an empty text at once and starts afresh for a reused id', () => {
    const add = createTextAssembler();
    expect(add({ id: 7, piece: '', total: 0 })).toBe('');
    expect(add({ id: 7, piece: 'xy', total: 2 })).toBe('xy');
  });

  it('drops what it got of a request no longer wanted', () => {
    const add = createTextAssembler();
    expect(add({ id: 3, piece: 'aaaa', total: 10 })).toBeNull();
    expect(add({ id: 3, dropped: true })).toBeNull();
    // The same id starts afresh: the dropped piece is not part of it.
    expect(add({ id: 3, piece: 'bb', total: 2 })).toBe('bb');
  });
});
