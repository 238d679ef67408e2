import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNumberLexeme, readNumberLexemes, type NumberDifference } from './read-number-lexemes';

describe('compareNumberLexeme', () => {
  it.each<[string, NumberDifference | null]>([
    ['9007199254740993', 'precision-lost'],
    ['-9007199254740993', 'precision-lost'],
    ['12345678901234567890', 'precision-lost'],
    ['9007199254740993.0', 'precision-lost'],
    ['9.007199254740993e15', 'precision-lost'],
    ['9007199254740992.5', 'precision-lost'],
    ['1e400', 'overflow'],
    ['-1e400', 'overflow'],
    ['1e-400', 'underflow'],
    ['-1e-400', 'underflow'],
    ['-0', 'negative-zero'],
    ['-0.0', 'negative-zero'],
    ['-0e10', 'negative-zero'],
    // Read exactly, or rounded as every decimal fraction is: no difference worth a word.
    ['9007199254740992', null],
    ['9007199254740994', null],
    ['18014398509481984', null],
    ['1e300', null],
    ['1e23', null],
    ['100000000000000000000000', null],
    ['1.0', null],
    ['1E2', null],
    ['0.1', null],
    ['0', null],
    ['0.0e5', null],
    ['1516239022', null],
  ])('%s', (lexeme, difference) => {
    expect(compareNumberLexeme(lexeme)).toBe(difference);
  });
});

describe('readNumberLexemes', () => {
  it('lists the numbers not written as JavaScript writes them, with pointers and how each differs', () => {
    const text = '{"id": 9007199254740993, "big": [1e400, 1], "neg": -0, "tiny": 1e-400, "v": 1.0, "ok": 1516239022, "s": "9007199254740993"}';
    expect(readNumberLexemes(text)).toEqual({
      numbers: [
        { pointer: '/id', lexeme: '9007199254740993', difference: 'precision-lost', reads: '9007199254740992' },
        { pointer: '/big/0', lexeme: '1e400', difference: 'overflow', reads: 'Infinity' },
        { pointer: '/neg', lexeme: '-0', difference: 'negative-zero', reads: '0' },
        { pointer: '/tiny', lexeme: '1e-400', difference: 'underflow', reads: '0' },
        { pointer: '/v', lexeme: '1.0', difference: null, reads: '1' },
      ],
      truncated: false,
    });
  });

  it('stops at the cap and says so', () => {
    const text = `[${Array.from({ length: 10 }, () => '1.0').join(',')}]`;
    const reading = readNumberLexemes(text, 3);
    expect(reading.numbers.map((number) => number.pointer)).toEqual(['/0', '/1', '/2']);
    expect(reading.truncated).toBe(true);
  });

  it('reads up to the first error', () => {
    expect(readNumberLexemes('[1.0, -0, ').numbers.map((number) => number.lexeme)).toEqual(['1.0', '-0']);
    expect(readNumberLexemes('not json')).toEqual({ numbers: [], truncated: false });
  });

  it('reads a megabyte of plain numbers quickly', () => {
    const text = `[${Array.from({ length: 200_000 }, (_, index) => index).join(',')}]`;
    const started = performance.now();
    expect(readNumberLexemes(text).numbers).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never lists a number written as JavaScript writes it, except a negative zero', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.maxSafeInteger()), (value) => {
        // JSON.stringify writes JavaScript's spelling (and -0 as 0).
        expect(readNumberLexemes(`[${JSON.stringify(value)}]`).numbers).toEqual([]);
      }),
    );
    expect(readNumberLexemes('[-0]').numbers).toHaveLength(1);
  });
});
