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
