import type { OffsetRange } from '../../inspect-token';
import { createJsonLexer, type JsonLexemeKind } from '../../json/lex-json';
import { encodeUtf8 } from '../../encoding/utf8';

/** One JSON token as written: what it is, its UTF-8 bytes in the text and its text. */
export interface JsonToken {
  kind: Exclude<JsonLexemeKind, 'whitespace'>;
  bytes: OffsetRange;
  text: string;
}

/** The tokens read, and whether reading stopped at a syntax error rather than at the end or the bound. */
export interface JsonTokenReading {
  tokens: JsonToken[];
  stoppedAtError: boolean;
}

/**
 * Returns the JSON tokens of `text` that start before byte `byteLimit` (whitespace left out), with
 * their UTF-8 byte ranges, until the end or the first syntax error; does not build values or look
 * for repeated names.
 */
export function readJsonTokens(text: string, byteLimit = Infinity): JsonTokenReading {
  const lexer = createJsonLexer(text, { maxDepth: Infinity });
  const tokens: JsonToken[] = [];
  let byte = 0;
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (byte >= byteLimit) return { tokens, stoppedAtError: false };
    const lexeme = text.slice(lexer.start, lexer.end);
    // Lexemes cover the text without gaps, so adding up their lengths in bytes tracks the offset.
    const end = byte + encodeUtf8(lexeme).length;
    if (kind !== 'whitespace') tokens.push({ kind, bytes: { start: byte, end }, text: lexeme });
    byte = end;
  }
  return { tokens, stoppedAtError: lexer.error !== null };
}
