import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInput, toInputOffset, toInputRange } from './normalise-input';

describe('normaliseInput', () => {
  it.each([
    { name: 'nothing to strip', input: 'a.b.c', text: 'a.b.c', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: 'surrounding whitespace', input: ' \t\r\na.b.c\n ', text: 'a.b.c', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: 'a Bearer prefix', input: 'Bearer a.b.c', text: 'a.b.c', bearer: true, quotes: false, inner: 0, spaces: 0 },
    { name: 'a lower-case bearer prefix and a tab', input: 'bearer\ta.b.c', text: 'a.b.c', bearer: true, quotes: false, inner: 0, spaces: 0 },
    { name: 'BEARER in capitals', input: '  BEARER   a.b.c', text: 'a.b.c', bearer: true, quotes: false, inner: 0, spaces: 0 },
    { name: '"Bearer" without whitespace (kept)', input: 'Bearera.b.c', text: 'Bearera.b.c', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: '"Bearer:" (kept)', input: 'Bearer: a.b.c', text: 'Bearer:a.b.c', bearer: false, quotes: false, inner: 1, spaces: 1 },
    { name: 'double quotes', input: '"a.b.c"', text: 'a.b.c', bearer: false, quotes: true, inner: 0, spaces: 0 },
    { name: 'single quotes with spaces inside', input: "' a.b.c '", text: 'a.b.c', bearer: false, quotes: true, inner: 0, spaces: 0 },
    { name: 'backticks', input: '`a.b.c`', text: 'a.b.c', bearer: false, quotes: true, inner: 0, spaces: 0 },
    { name: 'unmatched quotes (kept)', input: '"a.b.c\'', text: '"a.b.c\'', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: 'a lone quote (kept)', input: '"', text: '"', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: 'a quoted Bearer value', input: '"Bearer a.b.c"', text: 'a.b.c', bearer: true, quotes: true, inner: 0, spaces: 0 },
    { name: 'Bearer then quotes', input: "Bearer 'a.b.c'", text: 'a.b.c', bearer: true, quotes: true, inner: 0, spaces: 0 },
    { name: 'inner line breaks', input: 'ab\r\ncd.\nef.g h', text: 'abcd.ef.gh', bearer: false, quotes: false, inner: 4, spaces: 1 },
    { name: 'inner no-break spaces and U+2028', input: 'a\u00A0b\u2028c', text: 'abc', bearer: false, quotes: false, inner: 2, spaces: 1 },
    { name: 'only whitespace', input: ' \n\t ', text: '', bearer: false, quotes: false, inner: 0, spaces: 0 },
    { name: 'empty quotes', input: '""', text: '', bearer: false, quotes: true, inner: 0, spaces: 0 },
  ])('handles $name', ({ input, text, bearer, quotes, inner, spaces }) => {
    expect(normaliseInput(input).normalisation).toEqual({
      text,
      removedBearerPrefix: bearer,
      removedQuotes: quotes,
      removedInnerWhitespace: inner,
      removedInnerSpaces: spaces,
    });
  });

  it.each([
    { input: 'abc', offsets: [0, 1, 2, 3] },
    { input: '  Bearer abc  ', offsets: [9, 10, 11, 12] },
    { input: '"a\r\nbc"', offsets: [1, 4, 5, 6] },
    { input: 'a \n \nb', offsets: [0, 5, 6] },
  ])('maps every normalised offset of $input back to the input', ({ input, offsets }) => {
    const { mapping, normalisation } = normaliseInput(input);
    const mapped = Array.from({ length: normalisation.text.length + 1 }, (_, offset) => toInputOffset(mapping, offset));
    expect(mapped).toEqual(offsets);
  });

  it('maps ranges so they span inner whitespace but not the whitespace around them', () => {
    const input = ' "Bearer ab\ncd\n.ef" ';
    const { mapping } = normaliseInput(input);
    expect(toInputRange(mapping, 0, 4)).toEqual({ start: 9, end: 14 });
    expect(input.slice(9, 14)).toBe('ab\ncd');
    expect(toInputRange(mapping, 5, 7)).toEqual({ start: 16, end: 18 });
    expect(toInputRange(mapping, 7, 7)).toEqual({ start: 18, end: 18 });
  });

  it('maps each kept character to the same character of the input', () => {
    const noisyToken = fc.string({ unit: fc.constantFrom('a', 'B', '.', '-', ' ', '\n', '\r', '\t', '"', "'") });
    fc.assert(
      fc.property(fc.constantFrom('', 'Bearer ', ' bearer  '), noisyToken, (prefix, body) => {
        const input = prefix + body;
        const { normalisation, mapping } = normaliseInput(input);
        for (let offset = 0; offset < normalisation.text.length; offset++) {
          expect(input[toInputOffset(mapping, offset)]).toBe(normalisation.text[offset]);
        }
        expect(toInputOffset(mapping, normalisation.text.length)).toBeLessThanOrEqual(input.length);
      }),
    );
  });
});
