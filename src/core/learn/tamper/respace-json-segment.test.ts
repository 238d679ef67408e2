import { describe, expect, it } from 'vitest';
import { decodeTextSegment, splitJwsSegments } from '../../token/jws-segments';
import { layOutJson, respaceJsonSegment, type JsonLayout } from './respace-json-segment';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const PAYLOAD = '{"sub":"a b","n":1.0,"big":1e400,"esc":"\\u0041","list":[1,{"x":null}],"empty":{}}';
const TOKEN = `${b64('{"alg":"HS256"}')}.${b64(PAYLOAD)}.c2ln`;

describe('layOutJson', () => {
  it.each([
    { layout: 'compact', expected: PAYLOAD },
    { layout: 'spaced', expected: '{"sub": "a b", "n": 1.0, "big": 1e400, "esc": "\\u0041", "list": [1, {"x": null}], "empty": {}}' },
    { layout: 'indented', expected: '{\n  "sub": "a b",\n  "n": 1.0,\n  "big": 1e400,\n  "esc": "\\u0041",\n  "list": [\n    1,\n    {\n      "x": null\n    }\n  ],\n  "empty": {}\n}' },
  ] as const)('$layout keeps every lexeme as written', ({ layout, expected }) => {
    expect(layOutJson(PAYLOAD, layout)).toBe(expected);
    expect(layOutJson(expected, 'compact')).toBe(PAYLOAD);
  });

  it.each(['', '{"a":', 'not json'])('returns null for %j', (text) => {
    expect(layOutJson(text, 'spaced')).toBeNull();
  });
});

describe('respaceJsonSegment', () => {
  it.each([
    { part: 'payload', layout: 'spaced', changed: true },
    { part: 'payload', layout: 'indented', changed: true },
    { part: 'payload', layout: 'compact', changed: false },
    { part: 'header', layout: 'spaced', changed: true },
    { part: 'header', layout: 'indented', changed: true },
  ] as const)('$part as $layout keeps the meaning (bytes changed: $changed)', ({ part, layout, changed }) => {
    const result = respaceJsonSegment(TOKEN, part, layout);
    if (!result.ok) throw new Error(result.code);
    expect(result.changed).toBe(changed);
    const before = splitJwsSegments(TOKEN)!;
    const after = splitJwsSegments(result.token)!;
    expect(after[part] !== before[part]).toBe(changed);
    expect(JSON.parse(decodeTextSegment(after[part])!)).toEqual(JSON.parse(decodeTextSegment(before[part])!));
    const other = part === 'header' ? 'payload' : 'header';
    expect(after[other]).toBe(before[other]);
    expect(after.signature).toBe(before.signature);
  });

  it.each<{ token: string; layout: JsonLayout; code: string }>([
    { token: 'a.b', layout: 'spaced', code: 'not-compact-jws' },
    { token: `${b64('{"alg":"HS256"}')}.${b64('plain text')}.c2ln`, layout: 'spaced', code: 'part-not-json' },
    { token: `${b64('{"alg":"HS256"}')}.*.c2ln`, layout: 'spaced', code: 'part-not-json' },
  ])('refuses $code', ({ token, layout, code }) => {
    expect(respaceJsonSegment(token, 'payload', layout)).toEqual({ ok: false, code });
  });
});
