import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJson, MAX_INDENT_LEVEL } from './format-json';

describe('formatJson', () => {
  it.each([
    { name: 'a scalar', text: ' 1 ', formatted: '1' },
    { name: 'empty containers', text: '{ "a" : { } , "b" : [\r\n] }', formatted: '{\n  "a": {},\n  "b": []\n}' },
    { name: 'nested', text: '[1,{"a":[true,null]}]', formatted: '[\n  1,\n  {\n    "a": [\n      true,\n      null\n    ]\n  }\n]' },
    { name: 'number lexemes', text: '[1.0,1e400,12345678901234567890,-0,2E-3]', formatted: '[\n  1.0,\n  1e400,\n  12345678901234567890,\n  -0,\n  2E-3\n]' },
    { name: 'string escapes', text: '{"\\u0061":"\\/ \\" \\\\ ,:{}[]"}', formatted: '{\n  "\\u0061": "\\/ \\" \\\\ ,:{}[]"\n}' },
    { name: 'duplicates kept', text: '{"a":1,"a":2}', formatted: '{\n  "a": 1,\n  "a": 2\n}' },
  ])('formats $name', ({ text, formatted }) => {
    expect(formatJson(text)).toBe(formatted);
  });

  it.each(['{"a":1,}', '[1 2]', '"abc', ''])('returns %j, which is not JSON, as written', (text) => {
    expect(formatJson(text)).toBe(text);
  });

  it('matches JSON.stringify(…, null, 2) when lexemes are canonical, and is idempotent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const compact = JSON.stringify(value);
        const formatted = formatJson(compact);
        expect(formatted).toBe(JSON.stringify(value, null, 2));
        expect(formatJson(formatted)).toBe(formatted);
      }),
    );
  });

  it('formats 1 MB in linear time without recursion', () => {
    const text = `[${'{"a":[1,2.50,"x\\"y"],"b":{}},'.repeat(35_000)}0]`;
    const formatted = formatJson(text);
    expect(formatted.startsWith('[\n  {\n    "a": [\n      1,\n      2.50,')).toBe(true);
  });

  it('caps indentation, so deep nesting stays linear', () => {
    const formatted = formatJson('['.repeat(20_000) + ']'.repeat(20_000));
    const deepestIndent = ' '.repeat(2 * MAX_INDENT_LEVEL);
    expect(formatted.split('\n')[MAX_INDENT_LEVEL + 5]).toBe(`${deepestIndent}[`);
    expect(formatted.length).toBeLessThan(40_000 * (2 * MAX_INDENT_LEVEL + 2));
  });
});
