import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonLexer, MAX_JSON_DEPTH, type JsonLexer, type JsonLexemeKind } from './lex-json';

interface Lexeme {
  kind: JsonLexemeKind;
  text: string;
  start: number;
  depth: number;
}

function lexAll(text: string, maxDepth?: number): { lexemes: Lexeme[]; lexer: JsonLexer } {
  const lexer = createJsonLexer(text, maxDepth === undefined ? {} : { maxDepth });
  const lexemes: Lexeme[] = [];
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    lexemes.push({ kind, text: text.slice(lexer.start, lexer.end), start: lexer.start, depth: lexer.depth });
  }
  return { lexemes, lexer };
}

/** Each lexeme as `kind:text@depth`, which keeps the tables readable. */
function summarise(text: string): string[] {
  return lexAll(text).lexemes.map((lexeme) => `${lexeme.kind}:${lexeme.text}@${lexeme.depth}`);
}

describe('createJsonLexer', () => {
  it.each([
    { text: '1', lexemes: ['number:1@0'] },
    { text: ' null\n', lexemes: ['whitespace: @0', 'literal:null@0', 'whitespace:\n@0'] },
    { text: '"a\\"b"', lexemes: ['string:"a\\"b"@0'] },
    { text: '-1.5e+3', lexemes: ['number:-1.5e+3@0'] },
    { text: '[]', lexemes: ['begin-array:[@0', 'end-array:]@0'] },
    { text: '{ }', lexemes: ['begin-object:{@0', 'whitespace: @1', 'end-object:}@0'] },
    {
      text: '{"a": [1, true]}',
      lexemes: [
        'begin-object:{@0',
        'member-name:"a"@1',
        'name-separator::@1',
        'whitespace: @1',
        'begin-array:[@1',
        'number:1@2',
        'value-separator:,@2',
        'whitespace: @2',
        'literal:true@2',
        'end-array:]@1',
        'end-object:}@0',
      ],
    },
    {
      text: '[{"k":"v"},{}]',
      lexemes: [
        'begin-array:[@0',
        'begin-object:{@1',
        'member-name:"k"@2',
        'name-separator::@2',
        'string:"v"@2',
        'end-object:}@1',
        'value-separator:,@1',
        'begin-object:{@1',
        'end-object:}@1',
        'end-array:]@0',
      ],
    },
  ])('reads $text', ({ text, lexemes }) => {
    expect(summarise(text)).toEqual(lexemes);
  });

  it.each([
    { text: '', error: { code: 'json-unexpected-end', position: 0 }, read: [] },
    { text: '{"a":1,}', error: { code: 'json-syntax', position: 7, found: '}' }, read: ['{', '"a"', ':', '1', ','] },
    { text: '[1 2]', error: { code: 'json-syntax', position: 3, found: '2' }, read: ['[', '1', ' '] },
    { text: '{"a" 1}', error: { code: 'json-syntax', position: 5, found: '1' }, read: ['{', '"a"', ' '] },
    { text: '{"a":1]', error: { code: 'json-syntax', position: 6, found: ']' }, read: ['{', '"a"', ':', '1'] },
    { text: '"\\x"', error: { code: 'json-syntax', position: 2, found: 'x' }, read: [] },
    { text: '[tru', error: { code: 'json-unexpected-end', position: 4 }, read: ['['] },
    { text: '1 x', error: { code: 'json-syntax', position: 2, found: 'x' }, read: ['1', ' '] },
    { text: '[[1]]', maxDepth: 1, error: { code: 'json-too-deep', position: 1, maxDepth: 1 }, read: ['['] },
  ])('stops at $error.code at $error.position in $text', ({ text, maxDepth, error, read }) => {
    const { lexemes, lexer } = lexAll(text, maxDepth);
    expect(lexemes.map((lexeme) => lexeme.text)).toEqual(read);
    expect(lexer.error).toEqual(error);
    expect([lexer.kind, lexer.start, lexer.end]).toEqual([null, error.position, error.position]);
    expect(lexer.next()).toBeNull();
  });

  it('ends without an error after the last lexeme of a JSON text', () => {
    const lexer = createJsonLexer('[1] ');
    while (lexer.next() !== null);
    expect([lexer.kind, lexer.error, lexer.start]).toEqual([null, null, 4]);
    expect(lexer.next()).toBeNull();
  });

  it.each([
    { text: '{"a/b":[0,{"c~":1}]}', at: '1', pointer: '/a~1b/1/c~0' },
    { text: '{"a/b":[0,{"c~":1}]}', at: '"c~"', pointer: '/a~1b/1/c~0' },
    { text: '{"a/b":[0,{"c~":1}]}', at: '{"c~"', pointer: '/a~1b/1' },
    { text: '{"\\u0041":{"":[true]}}', at: 'true', pointer: '/A//0' },
    { text: '[[0,1,[2]]]', at: '2', pointer: '/0/2/0' },
    { text: '{"a":1,"b":{}}', at: '{}', pointer: '/b' },
  ])('gives $pointer as the pointer of $at in $text', ({ text, at, pointer }) => {
    const lexer = createJsonLexer(text);
    const start = text.indexOf(at);
    while (lexer.next() !== null && lexer.start !== start);
    expect(lexer.pointer()).toBe(pointer);
  });

  it.each([
    { name: 'a long plain string', body: 'x'.repeat(100_000), error: null },
    { name: 'an escaped quote far into a long string', body: `${'x'.repeat(200)}\\"${'y'.repeat(50)}`, error: null },
    { name: 'a unicode escape far into a long string', body: `${'x'.repeat(200)}\\u00e9z`, error: null },
    { name: 'a raw line feed far into a long string', body: `${'x'.repeat(200)}\nz`, error: 201 },
    { name: 'a bad escape far into a long string', body: `${'x'.repeat(200)}\\qz`, error: 202 },
    { name: 'an unterminated long string', body: 'x'.repeat(200), error: null, open: true },
  ])('reads $name as JSON.parse does, at the same positions', ({ body, error, open = false }) => {
    const text = open ? `"${body}` : `"${body}"`;
    const { lexemes, lexer } = lexAll(text);
    let parses = true;
    try {
      JSON.parse(text);
    } catch {
      parses = false;
    }
    expect(lexer.error === null).toBe(parses);
    if (parses) expect(lexemes).toEqual([{ kind: 'string', text, start: 0, depth: 0 }]);
    if (error !== null) expect(lexer.error).toMatchObject({ position: error });
    if (open) expect(lexer.error).toMatchObject({ code: 'json-unexpected-end', position: text.length });
  });

  it('describes the containers open around a lexeme', () => {
    const text = '{"x":[10,{"y\\n":20}]}';
    const lexer = createJsonLexer(text);
    while (lexer.next() !== null && text.slice(lexer.start, lexer.end) !== '20');
    expect(lexer.depth).toBe(3);
    expect([0, 1, 2, 3].map((level) => lexer.containerAt(level))).toEqual(['object', 'array', 'object', null]);
    expect([0, 1, 2].map((level) => lexer.indexAt(level))).toEqual([0, 1, 0]);
    expect([0, 1, 2].map((level) => lexer.nameAt(level))).toEqual(['x', '', 'y\n']);
    expect(lexer.pointer(1)).toBe('/x');
    expect(lexer.pointer()).toBe('/x/1/y\n');
  });

  it.each([
    { text: '"plain"', decoded: 'plain' },
    { text: '"a\\u0041\\n\\"\\/"', decoded: 'aA\n"/' },
    { text: '"\\ud83d\\ude00 한"', decoded: '😀 한' },
    { text: '""', decoded: '' },
  ])('decodes the string $text', ({ text, decoded }) => {
    const lexer = createJsonLexer(`{${text}:${text}}`);
    const strings: string[] = [];
    for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
      if (kind === 'member-name' || kind === 'string') strings.push(lexer.decodeString());
    }
    expect(strings).toEqual([decoded, decoded]);
  });

  it('refuses nesting deeper than MAX_JSON_DEPTH by default and reads any depth without recursion when asked', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(lexAll(deep).lexer.error).toEqual({ code: 'json-too-deep', position: MAX_JSON_DEPTH, maxDepth: MAX_JSON_DEPTH });
    const { lexemes, lexer } = lexAll(deep, Number.POSITIVE_INFINITY);
    expect(lexer.error).toBeNull();
    expect(lexemes).toHaveLength(200_000);
    expect(lexemes[99_999]?.depth).toBe(99_999);
  });

  it('covers a JSON text with lexemes, end to end and without gaps', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), fc.constantFrom(0, 2, '\t', '\r\n'), (value, indent) => {
        const text = ` ${JSON.stringify(value, null, indent)}\n`;
        const { lexemes, lexer } = lexAll(text);
        expect(lexer.error).toBeNull();
        let covered = 0;
        for (const lexeme of lexemes) covered = lexeme.start === covered ? covered + lexeme.text.length : -1;
        expect(covered).toBe(text.length);
      }),
    );
  });
});
