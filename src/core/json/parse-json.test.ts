import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DUPLICATE_MEMBERS, MAX_JSON_DEPTH, parseJson, scanJson } from './parse-json';

describe('parseJson', () => {
  it.each([
    'null',
    'true',
    'false',
    '0',
    '-0',
    '1.5e+10',
    '2E-3',
    '12345678901234567890',
    '1e400',
    '"a\\u0061\\n\\"\\/"',
    '"\\uD800"',
    '"<img src=x onerror=alert(1)>"',
    '{}',
    '[]',
    ' \r\n\t{"a" : [1, {"b":null}] }\r\n',
    '{"__proto__":{"polluted":true}}',
  ])('parses %j like JSON.parse', (text) => {
    const result = parseJson(text);
    expect(result).toEqual({ ok: true, value: JSON.parse(text) as unknown, duplicates: [] });
  });

  it.each([
    { text: '', error: { code: 'json-unexpected-end', position: 0 } },
    { text: '   ', error: { code: 'json-unexpected-end', position: 3 } },
    { text: '{', error: { code: 'json-unexpected-end', position: 1 } },
    { text: '{"a":', error: { code: 'json-unexpected-end', position: 5 } },
    { text: '[1,', error: { code: 'json-unexpected-end', position: 3 } },
    { text: '-', error: { code: 'json-unexpected-end', position: 1 } },
    { text: '1.', error: { code: 'json-unexpected-end', position: 2 } },
    { text: '1e+', error: { code: 'json-unexpected-end', position: 3 } },
    { text: '"abc', error: { code: 'json-unexpected-end', position: 4 } },
    { text: '"\\u12', error: { code: 'json-unexpected-end', position: 5 } },
    { text: 'tru', error: { code: 'json-unexpected-end', position: 3 } },
    { text: '{"a":1,}', error: { code: 'json-syntax', position: 7, found: '}' } },
    { text: '[1,]', error: { code: 'json-syntax', position: 3, found: ']' } },
    { text: '[1 2]', error: { code: 'json-syntax', position: 3, found: '2' } },
    { text: '[1]]', error: { code: 'json-syntax', position: 3, found: ']' } },
    { text: '{"a":1 "b":2}', error: { code: 'json-syntax', position: 7, found: '"' } },
    { text: '{"a" 1}', error: { code: 'json-syntax', position: 5, found: '1' } },
    { text: '{"a":}', error: { code: 'json-syntax', position: 5, found: '}' } },
    { text: "{'a':1}", error: { code: 'json-syntax', position: 1, found: "'" } },
    { text: '{a:1}', error: { code: 'json-syntax', position: 1, found: 'a' } },
    { text: '{"a":1}x', error: { code: 'json-syntax', position: 7, found: 'x' } },
    { text: '01', error: { code: 'json-syntax', position: 1, found: '1' } },
    { text: '-01', error: { code: 'json-syntax', position: 2, found: '1' } },
    { text: '1.e5', error: { code: 'json-syntax', position: 2, found: 'e' } },
    { text: '+1', error: { code: 'json-syntax', position: 0, found: '+' } },
    { text: '.5', error: { code: 'json-syntax', position: 0, found: '.' } },
    { text: '-a', error: { code: 'json-syntax', position: 1, found: 'a' } },
    { text: 'NaN', error: { code: 'json-syntax', position: 0, found: 'N' } },
    { text: 'trux', error: { code: 'json-syntax', position: 3, found: 'x' } },
    { text: 'nul1', error: { code: 'json-syntax', position: 3, found: '1' } },
    { text: 'True', error: { code: 'json-syntax', position: 0, found: 'T' } },
    { text: '/* c */ 1', error: { code: 'json-syntax', position: 0, found: '/' } },
    { text: '"a\nb"', error: { code: 'json-syntax', position: 2, found: 'U+000A' } },
    { text: '"tab\there"', error: { code: 'json-syntax', position: 4, found: 'U+0009' } },
    { text: '"\\x"', error: { code: 'json-syntax', position: 2, found: 'x' } },
    { text: '"\\u12g4"', error: { code: 'json-syntax', position: 5, found: 'g' } },
    { text: '\uFEFF{}', error: { code: 'json-syntax', position: 0, found: 'U+FEFF' } },
    { text: '\u00A0 1', error: { code: 'json-syntax', position: 0, found: 'U+00A0' } },
    { text: '[😀]', error: { code: 'json-syntax', position: 1, found: '😀' } },
  ])('reports $error.code at $error.position for $text', ({ text, error }) => {
    expect(parseJson(text)).toEqual({ ok: false, error });
  });

  it.each([
    {
      name: 'at the top',
      text: '{"a":1,"a":2}',
      duplicates: [{ pointer: '', name: 'a', position: 7 }],
    },
    {
      name: 'spelled with an escape',
      text: '{"a":1,"\\u0061":2}',
      duplicates: [{ pointer: '', name: 'a', position: 7 }],
    },
    {
      name: 'three times',
      text: '{"a":1,"a":2,"a":3}',
      duplicates: [
        { pointer: '', name: 'a', position: 7 },
        { pointer: '', name: 'a', position: 13 },
      ],
    },
    {
      name: 'in nested objects and arrays',
      text: '{"x":{"b":1,"b":2},"y":[0,{"c":0,"c":1}]}',
      duplicates: [
        { pointer: '/x', name: 'b', position: 12 },
        { pointer: '/y/1', name: 'c', position: 33 },
      ],
    },
    {
      name: 'under a name that needs pointer escaping',
      text: '{"a/b~":{"k":1,"k":1}}',
      duplicates: [{ pointer: '/a~1b~0', name: 'k', position: 15 }],
    },
    { name: 'in sibling objects (not duplicates)', text: '[{"a":1},{"a":2}]', duplicates: [] },
  ])('finds repeated member names $name', ({ text, duplicates }) => {
    const result = parseJson(text);
    expect(result.ok && result.duplicates).toEqual(duplicates);
  });

  it.each([
    { name: 'up to the cap', repeats: MAX_DUPLICATE_MEMBERS, omitted: undefined },
    { name: 'one past the cap', repeats: MAX_DUPLICATE_MEMBERS + 1, omitted: 1 },
    { name: '100,000 times', repeats: 100_000, omitted: 100_000 - MAX_DUPLICATE_MEMBERS },
  ])('lists the first MAX_DUPLICATE_MEMBERS repeated names and counts the rest: $name', ({ repeats, omitted }) => {
    const text = `{${Array.from({ length: repeats + 1 }, (_, i) => `"a":${i}`).join(',')}}`;
    for (const result of [parseJson(text), scanJson(text)]) {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.duplicates).toHaveLength(MAX_DUPLICATE_MEMBERS);
      expect(result.duplicates[0]).toEqual({ pointer: '', name: 'a', position: text.indexOf(',') + 1 });
      expect(result.omittedDuplicates).toBe(omitted);
    }
    const parsed = parseJson(text);
    expect(parsed.ok && parsed.value).toEqual({ a: repeats });
  });

  it('keeps the last of repeated __proto__ members as plain own data', () => {
    const result = parseJson('{"__proto__":{"a":1},"__proto__":{"b":2}}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toEqual({ b: 2 });
    expect(result.duplicates).toEqual([{ pointer: '', name: '__proto__', position: 21 }]);
  });

  it.each([
    { name: 'arrays', open: '[', close: ']' },
    { name: 'objects', open: '{"a":', close: '}' },
  ])('accepts $name nested to the maximum depth and refuses one more', ({ open, close }) => {
    const atLimit = open.repeat(MAX_JSON_DEPTH) + '1' + close.repeat(MAX_JSON_DEPTH);
    expect(parseJson(atLimit).ok).toBe(true);
    const tooDeep = open.repeat(MAX_JSON_DEPTH + 1) + '1' + close.repeat(MAX_JSON_DEPTH + 1);
    expect(parseJson(tooDeep)).toEqual({
      ok: false,
      error: { code: 'json-too-deep', position: open.length * MAX_JSON_DEPTH, maxDepth: MAX_JSON_DEPTH },
    });
  });

  it('refuses 5 million open brackets without overflowing the stack', () => {
    expect(parseJson('['.repeat(5_000_000))).toEqual({
      ok: false,
      error: { code: 'json-too-deep', position: MAX_JSON_DEPTH, maxDepth: MAX_JSON_DEPTH },
    });
  });

  it('accepts exactly what JSON.parse accepts', () => {
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ \n01-.eE+tuna/lsfr'), maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.json()), (text) => {
        let accepted = true;
        try {
          JSON.parse(text);
        } catch {
          accepted = false;
        }
        expect(scanJson(text).ok).toBe(accepted);
      }),
      { numRuns: 5000 },
    );
  });

  it('parses generated JSON to the same value as JSON.parse', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parseJson(text);
        expect(result.ok && result.value).toEqual(JSON.parse(text));
      }),
    );
  });
});
