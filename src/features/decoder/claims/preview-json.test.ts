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
});
