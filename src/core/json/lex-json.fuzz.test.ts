import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonText, jsonLikeText } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { createJsonLexer, type JsonLexemeKind } from './lex-json';

const KINDS: ReadonlySet<string> = new Set(
  Object.keys({
    whitespace: 0,
    'begin-object': 0,
    'end-object': 0,
    'begin-array': 0,
    'end-array': 0,
    'name-separator': 0,
    'value-separator': 0,
    'member-name': 0,
    string: 0,
    number: 0,
    literal: 0,
  } satisfies Record<JsonLexemeKind, 0>),
);

interface Lexeme {
  kind: JsonLexemeKind;
  start: number;
  end: number;
  depth: number;
}

describe('createJsonLexer on any text (fuzz)', () => {
  it('covers the text with lexemes, without gaps, up to its end or its first error, whatever the depth limit', () => {
    fc.assert(
      fc.property(jsonLikeText, fc.constantFrom(1, 3, 16, 512, Number.POSITIVE_INFINITY), (text, maxDepth) => {
        const lexer = createJsonLexer(text, { maxDepth });
        const lexemes = withinTimeLimit('lexing', () => {
          const read: Lexeme[] = [];
          for (let kind = lexer.next(); kind !== null; kind = lexer.next()) read.push({ kind, start: lexer.start, end: lexer.end, depth: lexer.depth });
          return read;
        });
        let covered = 0;
        for (const { kind, start, end, depth } of lexemes) {
          ensure(KINDS.has(kind), `unknown kind ${kind}`);
          ensure(start === covered && end > start && end <= text.length, () => `lexeme [${start}, ${end}) after ${covered}`);
          ensure(depth >= 0 && depth <= maxDepth, `depth ${depth}`);
          covered = end;
        }
        expect(lexer.next()).toBeNull();
        expect(lexer.kind).toBeNull();
        if (lexer.error === null) {
          expect(covered).toBe(text.length);
          expect(isJsonText(text)).toBe(true);
        } else {
          expect(lexer.error.position).toBeGreaterThanOrEqual(covered);
          expect(lexer.error.position).toBeLessThanOrEqual(text.length);
          if (maxDepth === Number.POSITIVE_INFINITY) expect(isJsonText(text)).toBe(false);
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('answers where it is (pointer, container, index, name, decoded string) at every lexeme without throwing', () => {
    fc.assert(
      fc.property(jsonLikeText, (text) => {
        const lexer = createJsonLexer(text);
        // The first lexemes: `pointer()` costs one step per open level.
        for (let kind = lexer.next(), count = 0; kind !== null && count < 300; kind = lexer.next(), count++) {
          const pointer = lexer.pointer();
          ensure(pointer === '' || pointer.startsWith('/'), `pointer ${pointer}`);
          for (let level = 0; level < lexer.depth; level++) {
            ensure(lexer.containerAt(level) !== null, `no container at level ${level} of ${lexer.depth}`);
            ensure(lexer.indexAt(level) >= 0, 'negative index');
            ensure(typeof lexer.nameAt(level) === 'string', 'name');
          }
          if (kind === 'string' || kind === 'member-name') ensure(typeof lexer.decodeString() === 'string', 'decoded string');
        }
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
