import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLikeText } from '../test-support/fuzz-arbitraries';
import { fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimit } from '../test-support/fuzz-runs';
import { formatJson } from './format-json';
import { createJsonLexer } from './lex-json';

/** The lexemes of a JSON text other than whitespace, as written; null when it is not JSON. */
function lexemesOf(text: string): string[] | null {
  const lexer = createJsonLexer(text, { maxDepth: Number.POSITIVE_INFINITY });
  const lexemes: string[] = [];
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) if (kind !== 'whitespace') lexemes.push(text.slice(lexer.start, lexer.end));
  return lexer.error === null ? lexemes : null;
}

describe('formatJson on any text (fuzz)', () => {
  it('re-indents JSON without changing one lexeme, is idempotent, and returns anything else as written', () => {
    fc.assert(
      fc.property(jsonLikeText, (text) => {
        const pretty = withinTimeLimit('formatJson', () => formatJson(text));
        const lexemes = lexemesOf(text);
        if (lexemes === null) {
          expect(pretty).toBe(text);
          return;
        }
        expect(lexemesOf(pretty)).toEqual(lexemes);
        expect(formatJson(pretty)).toBe(pretty);
        expect(JSON.stringify(JSON.parse(pretty))).toBe(JSON.stringify(JSON.parse(text)));
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
