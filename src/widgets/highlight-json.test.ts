import { describe, expect, it } from 'vitest';
import { formatJson } from '../core/json/format-json';
import { readJsonMembers } from '../core/json/read-json-members';
import { highlightJson, highlightJsonMembers, highlightJsonPrefix, type JsonNode } from './highlight-json';

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

describe('highlightJsonPrefix', () => {
  it.each([
    { name: 'a text with fewer lexemes than the cap', text: '{"a": [1, 2]}', max: 100, cut: false, last: { kind: 'punctuation', text: '}' } },
    { name: '50,000 numbers', text: `[${Array.from({ length: 50_000 }, () => '0').join(', ')}]`, max: 2_000, cut: true, last: null },
    { name: 'a cut after two lexemes', text: '[1,   2]', max: 2, cut: true, last: { kind: 'plain', text: ',   2]' } },
  ])('colours at most the first lexemes and keeps the rest as one plain span: $name', ({ text, max, cut, last }) => {
    const result = highlightJsonPrefix(text, max);
    expect(result.cut).toBe(cut);
    expect(result.spans.map((span) => span.text).join('')).toBe(text);
    expect(result.spans.filter((span) => span.kind !== 'plain').length).toBeLessThanOrEqual(max);
    if (last) expect(result.spans.at(-1)).toEqual(last);
    else expect(result.spans.at(-1)?.kind).toBe('plain');
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

type Shape = string | { pointer: string; index: number; children: Shape[] };

/** The nodes with spans as their text and members as their pointer, index and children. */
function shapeOf(nodes: JsonNode[]): Shape[] {
  return nodes.map((node) => (node.kind === 'member' ? { pointer: node.pointer, index: node.index, children: shapeOf(node.children) } : node.text));
}

function textOf(nodes: JsonNode[]): string {
  return nodes.map((node) => (node.kind === 'member' ? textOf(node.children) : node.text)).join('');
}

function membersOf(nodes: JsonNode[]): { pointer: string; index: number; text: string }[] {
  return nodes.flatMap((node) => (node.kind === 'member' ? [{ pointer: node.pointer, index: node.index, text: textOf(node.children) }, ...membersOf(node.children)] : []));
}

describe('highlightJsonMembers, cut after some lexemes', () => {
  it.each([
    { name: 'inside a member', text: '{"a": {"b": [1, 2, 3]}, "c": 4}', max: 6 },
    { name: 'between members', text: '{"a": 1, "b": 2}', max: 5 },
    { name: 'a dense array', text: `{"n": [${Array.from({ length: 1_000 }, (_, i) => i).join(',')}]}`, max: 100 },
  ])('keeps every character in order, with the rest one plain span at the end: $name', ({ text, max }) => {
    const nodes = highlightJsonMembers(text, 100, max);
    const flatten = (list: readonly JsonNode[]): string => list.map((node) => (node.kind === 'member' ? flatten(node.children) : node.text)).join('');
    expect(flatten(nodes)).toBe(text);
    expect(nodes.at(-1)?.kind).toBe('plain');
  });
});

describe('highlightJsonMembers', () => {
  it('wraps each member from its name to the end of its value, nested members inside', () => {
    expect(shapeOf(highlightJsonMembers('{"a": 1, "b": {"c": [true]}}', 10))).toEqual([
      '{',
      { pointer: '/a', index: 0, children: ['"a"', ':', ' ', '1'] },
      ',',
      ' ',
      { pointer: '/b', index: 1, children: ['"b"', ':', ' ', '{', { pointer: '/b/c', index: 2, children: ['"c"', ':', ' ', '[', 'true', ']'] }, '}'] },
      '}',
    ]);
  });

  it.each([
    ['members inside arrays, escaped names', '{"x": [{"a/b": 1}, {"~": {}}]}', [['/x', '"x": [{"a/b": 1}, {"~": {}}]'], ['/x/0/a~1b', '"a/b": 1'], ['/x/1/~0', '"~": {}']]],
    ['repeated names keep their own index', '{"a": 1, "a": 2}', [['/a', '"a": 1'], ['/a', '"a": 2']]],
    ['whitespace before a colon is inside the member', '{"a" : null}', [['/a', '"a" : null']]],
  ])('%s', (_name, text, expected) => {
    const members = membersOf(highlightJsonMembers(text, 100));
    expect(members.map((member) => [member.pointer, member.text])).toEqual(expected);
    expect(members.map((member) => member.index).sort((a, b) => a - b)).toEqual(members.map((_, index) => index));
  });

  it('agrees with readJsonMembers on every pointer and range of a pretty text', () => {
    const text = formatJson('{"sub":"1","address":{"country":"KR","lines":["a",{"n":2}]},"exp":1700000000,"e":{}}');
    const reading = readJsonMembers(text);
    const members = membersOf(highlightJsonMembers(text, 100)).sort((a, b) => a.index - b.index);
    expect(members.map((member) => [member.pointer, member.text])).toEqual(reading.members.map((member) => [member.pointer, text.slice(member.start, member.end)]));
  });

  it('keeps only the first members, in name order, and every character', () => {
    const text = '{"a": {"b": 1, "c": 2}, "d": 3}';
    const nodes = highlightJsonMembers(text, 2);
    expect(membersOf(nodes).map((member) => member.pointer)).toEqual(['/a', '/a/b']);
    expect(textOf(nodes)).toBe(text);
  });

  it.each([
    ['a prefix cut inside a member', '{\n  "a": 1,\n  "b": {\n    "c": "x",\n    "d": "unterm', ['/a', '/b/c']],
    ['text that stops being JSON', '{"a": 1, "b": [2,, 3]}', ['/a']],
  ])('gives no node to a member that does not end: %s', (_name, text, pointers) => {
    const nodes = highlightJsonMembers(text, 100);
    expect(membersOf(nodes).map((member) => member.pointer)).toEqual(pointers);
    expect(textOf(nodes)).toBe(text);
  });

  it('gives the same spans as highlightJson when asked for no members', () => {
    const text = '{\n  "a": [1, {"b": null}]\n}';
    expect(highlightJsonMembers(text, 0)).toEqual(highlightJson(text));
  });
});
