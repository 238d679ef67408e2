import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../core/json/json-value';
import { previewJson } from './preview-json';

describe('previewJson', () => {
  it.each<[JsonValue, string]>([
    ['text', '"text"'],
    [1.5, '1.5'],
    [null, 'null'],
    [['a', 1, { b: [true] }], '["a",1,{"b":[true]}]'],
    [{ 'x"y': '<b>' }, '{"x\\"y":"<b>"}'],
    [[], '[]'],
    [{}, '{}'],
  ])('%j', (value, text) => {
    expect(previewJson(value)).toBe(text);
  });

  it('cuts long values with an ellipsis', () => {
    expect(previewJson('x'.repeat(50), 10)).toBe(`"${'x'.repeat(9)}…`);
    expect(previewJson([1, 2, 3, 4, 5, 6], 5)).toBe('[1,2,…');
  });

  it('keeps a value exactly as long as the budget whole', () => {
    expect(previewJson([12, 34], 7)).toBe('[12,34]');
  });

  it('stops walking once the budget is spent', () => {
    const huge = Array.from({ length: 200_000 }, (_, index) => ({ index, text: 'abcdefghij' }));
    const started = performance.now();
    expect(previewJson(huge).length).toBe(301);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('shows numbers as written in the token where it knows them', () => {
    const lexemes = new Map([
      ['/id', '9007199254740993'],
      ['/big/0', '1e400'],
      ['/big/1/v', '-0'],
      ['/other', '1.0'],
    ]);
    expect(previewJson(9007199254740992, 300, { lexemes, pointer: '/id' })).toBe('9007199254740993');
    expect(previewJson([Infinity, { v: -0 }, 2], 300, { lexemes, pointer: '/big' })).toBe('[1e400,{"v":-0},2]');
    expect(previewJson(1, 300, { lexemes, pointer: '/elsewhere' })).toBe('1');
    expect(previewJson(Infinity)).toBe('null');
  });
});
