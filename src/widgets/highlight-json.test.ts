import { describe, expect, it } from 'vitest';
import { highlightJson } from './highlight-json';

describe('highlightJson', () => {
  it('keeps every character, in order', () => {
    const text = '{\n  "a": [1, -2.5e3, true, null],\n  "b\\"c": "x:y"\n}';
    expect(highlightJson(text).map((span) => span.text).join('')).toBe(text);
  });

  it('tells member names from string values', () => {
    const kinds = highlightJson('{"name": "value"}').filter((span) => span.kind === 'key' || span.kind === 'string');
    expect(kinds).toEqual([
      { kind: 'key', text: '"name"' },
      { kind: 'string', text: '"value"' },
    ]);
  });

  it('leaves a string cut in half by truncation as plain text', () => {
    const spans = highlightJson('{"a": "unterminated');
    expect(spans.at(-1)).toEqual({ kind: 'plain', text: ' "unterminated' });
  });
});

describe('highlightJson spans', () => {
  it.each([
    ['pretty JSON', '{\n  "a": 1\n}', [['punctuation', '{'], ['plain', '\n  '], ['key', '"a"'], ['punctuation', ':'], ['plain', ' '], ['number', '1'], ['plain', '\n'], ['punctuation', '}']]],
    ['whitespace before a colon belongs to the colon', '{"a" : true}', [['punctuation', '{'], ['key', '"a"'], ['punctuation', ' :'], ['plain', ' '], ['literal', 'true'], ['punctuation', '}']]],
    ['an array of values', '["x",null]', [['punctuation', '['], ['string', '"x"'], ['punctuation', ','], ['literal', 'null'], ['punctuation', ']']]],
    ['colours up to where the text stops being JSON', '{"a": 1,} 2', [['punctuation', '{'], ['key', '"a"'], ['punctuation', ':'], ['plain', ' '], ['number', '1'], ['punctuation', ','], ['plain', '} 2']]],
  ])('%s', (_name, text, expected) => {
    expect(highlightJson(text).map((span) => [span.kind, span.text])).toEqual(expected);
  });
});
