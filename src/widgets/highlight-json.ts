import { createJsonLexer, type JsonLexemeKind } from '../core/json/lex-json';

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'plain';

export interface JsonSpan {
  kind: JsonTokenKind;
  text: string;
}

const TOKEN_KIND: Record<JsonLexemeKind, JsonTokenKind> = {
  whitespace: 'plain',
  'begin-object': 'punctuation',
  'end-object': 'punctuation',
  'begin-array': 'punctuation',
  'end-array': 'punctuation',
  'name-separator': 'punctuation',
  'value-separator': 'punctuation',
  'member-name': 'key',
  string: 'string',
  number: 'number',
  literal: 'literal',
};

/**
 * Splits JSON text into coloured spans by the JSON lexer's lexemes. Colouring stops where the text
 * stops being JSON; the rest stays plain, so a slice cut short (a view highlighting only what it
 * shows) keeps its colours up to the cut.
 */
export function highlightJson(text: string): JsonSpan[] {
  const spans: JsonSpan[] = [];
  // No depth limit: colouring keeps nothing per level.
  const lexer = createJsonLexer(text, { maxDepth: Infinity });
  // Whitespace waits: before a colon it is part of the colon's span (`"a" :`), elsewhere plain.
  let plainFrom = 0;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind === 'whitespace') continue;
    const { start, end } = lexer;
    if (kind === 'name-separator') {
      spans.push({ kind: 'punctuation', text: text.slice(plainFrom, end) });
    } else {
      if (start > plainFrom) spans.push({ kind: 'plain', text: text.slice(plainFrom, start) });
      spans.push({ kind: TOKEN_KIND[kind], text: text.slice(start, end) });
    }
    plainFrom = end;
  }
  if (plainFrom < text.length) spans.push({ kind: 'plain', text: text.slice(plainFrom) });
  return spans;
}
