import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_MEMBERS, readJsonMembers, type JsonMember } from './read-json-members';

const utf8 = new TextEncoder();

/** Each member as `pointer=text` (the member's characters), which keeps the tables readable. */
function summarise(text: string, members: JsonMember[]): string[] {
  return members.map((member) => `${member.pointer}=${text.slice(member.start, member.end)}`);
}

describe('readJsonMembers', () => {
  it.each([
    { name: 'no object', text: '[1,"a",null]', members: [] },
    { name: 'a flat object', text: '{"a":1,"b":"x"}', members: ['/a="a":1', '/b="b":"x"'] },
    {
      name: 'nested objects',
      text: '{"a":{"b":{"c":true}},"d":null}',
      members: ['/a="a":{"b":{"c":true}}', '/a/b="b":{"c":true}', '/a/b/c="c":true', '/d="d":null'],
    },
    {
      name: 'arrays of objects',
      text: '{"a":[{"b":1},{"c":[{"d":2}]}]}',
      members: ['/a="a":[{"b":1},{"c":[{"d":2}]}]', '/a/0/b="b":1', '/a/1/c="c":[{"d":2}]', '/a/1/c/0/d="d":2'],
    },
    { name: 'a top-level array', text: '[0,[{"a":1}]]', members: ['/1/0/a="a":1'] },
    {
      name: 'names that need escaping',
      text: '{"a/b":1,"m~n":2,"~1":3,"":4,"\\u0041\\"":5}',
      members: ['/a~1b="a/b":1', '/m~0n="m~n":2', '/~01="~1":3', '/="":4', '/A"="\\u0041\\"":5'],
    },
    { name: 'repeated names', text: '{"a":1,"a":{"a":2}}', members: ['/a="a":1', '/a="a":{"a":2}', '/a/a="a":2'] },
    {
      name: 'whitespace around the colon and the value',
      text: '{ "a" :\n [ 1 ] ,\t"b":"" }',
      members: ['/a="a" :\n [ 1 ]', '/b="b":""'],
    },
  ])('reads $name', ({ text, members }) => {
    const reading = readJsonMembers(text);
    expect(summarise(text, reading.members)).toEqual(members);
    expect([reading.truncated, reading.error]).toEqual([false, null]);
  });

  it('gives each member its decoded name, depth and where its value starts', () => {
    const text = '{"\\u00e9": {"x" : ["é"]}}';
    expect(readJsonMembers(text).members).toEqual([
      { pointer: '/é', name: 'é', depth: 1, start: 1, valueStart: 11, end: 24, byteStart: 1, byteEnd: 25 },
      { pointer: '/é/x', name: 'x', depth: 2, start: 12, valueStart: 18, end: 23, byteStart: 12, byteEnd: 24 },
    ]);
  });

  it.each([
    { name: 'Korean', text: '{"이름":"홍길동","a":{"설명":"안녕"}}' },
    { name: 'two-byte letters', text: '{"café":"crème","b":1}' },
    { name: 'emoji (surrogate pairs)', text: '{"😀":"😀😀","x":["🇰🇷",{"y":"👍🏽"}]}' },
    { name: 'escapes beside raw text', text: '{"\\ud83d\\ude00":"😀","k":"\\uD55C한"}' },
    { name: 'a lone surrogate (TextEncoder writes U+FFFD)', text: '{"a":"\uD800","b":"\uDC00x","c":1}' },
  ])('gives UTF-8 byte ranges that match TextEncoder for $name', ({ text }) => {
    const members = readJsonMembers(text).members;
    expect(members.length).toBeGreaterThan(1);
    for (const member of members) {
      expect(member.byteStart).toBe(utf8.encode(text.slice(0, member.start)).length);
      expect(member.byteEnd).toBe(utf8.encode(text.slice(0, member.end)).length);
    }
  });

  it('gives byte ranges holding exactly the member for any JSON', () => {
    const unit = fc.constantFrom('a', 'é', '한', '😀', '"', '\\', '/', '~', '\u0000', '\u2028');
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit }), fc.constantFrom(0, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const bytes = utf8.encode(text);
        const decoder = new TextDecoder();
        for (const member of readJsonMembers(text).members) {
          expect(decoder.decode(bytes.subarray(member.byteStart, member.byteEnd))).toBe(text.slice(member.start, member.end));
        }
      }),
    );
  });

  it.each([
    {
      name: 'an unterminated object keeps the members that ended',
      text: '{"a":1,"b":{"c":2,"d":',
      members: ['/a="a":1', '/b/c="c":2'],
      error: { code: 'json-unexpected-end', position: 22 },
    },
    { name: 'a syntax error', text: '{"a":1,"b" 2}', members: ['/a="a":1'], error: { code: 'json-syntax', position: 11, found: '2' } },
    { name: 'a bad name', text: '{"a":[1],x:2}', members: ['/a="a":[1]'], error: { code: 'json-syntax', position: 9, found: 'x' } },
    { name: 'too deep', text: '{"a":{"b":[[1]]}}', maxDepth: 3, members: [], error: { code: 'json-too-deep', position: 11, maxDepth: 3 } },
  ])('reports $name', ({ text, maxDepth, members, error }) => {
    const reading = readJsonMembers(text, maxDepth === undefined ? {} : { maxDepth });
    expect(summarise(text, reading.members)).toEqual(members);
    expect(reading.error).toEqual(error);
  });

  it.each([
    { name: 'exactly at the cap', text: '{"a":1,"b":2}', maxMembers: 2, members: ['/a="a":1', '/b="b":2'], truncated: false },
    { name: 'over the cap', text: '{"a":1,"b":2,"c":3}', maxMembers: 2, members: ['/a="a":1', '/b="b":2'], truncated: true },
    {
      name: 'over the cap inside a member, which still ends',
      text: '{"a":{"b":1,"c":2,"d":3},"e":4}',
      maxMembers: 2,
      members: ['/a="a":{"b":1,"c":2,"d":3}', '/a/b="b":1'],
      truncated: true,
    },
    { name: 'a cap of none', text: '{"a":1}', maxMembers: 0, members: [], truncated: true },
  ])('keeps at most maxMembers: $name', ({ text, maxMembers, members, truncated }) => {
    const reading = readJsonMembers(text, { maxMembers });
    expect(summarise(text, reading.members)).toEqual(members);
    expect([reading.truncated, reading.error]).toEqual([truncated, null]);
  });

  it('stops reading a payload with 100,000 names at MAX_JSON_MEMBERS', () => {
    const names = Array.from({ length: 100_000 }, (_, index) => `"k${index}":${index}`);
    const text = `{${names.join(',')}}`;
    const reading = readJsonMembers(text);
    expect(reading.members).toHaveLength(MAX_JSON_MEMBERS);
    expect(reading.members.at(-1)?.pointer).toBe(`/k${MAX_JSON_MEMBERS - 1}`);
    expect(reading.truncated).toBe(true);
  });

  it('reads only the top-level members when asked, without the cap applying below', () => {
    const text = '{"a":{"x":1,"y":2},"b":[{"z":3}],"a":0}';
    const reading = readJsonMembers(text, { topLevelOnly: true, maxMembers: 3 });
    expect(summarise(text, reading.members)).toEqual(['/a="a":{"x":1,"y":2}', '/b="b":[{"z":3}]', '/a="a":0']);
    expect(reading.truncated).toBe(false);
  });
});
