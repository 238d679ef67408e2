import { formatJson } from '../../json/format-json';
import { createJsonLexer } from '../../json/lex-json';
import { decodeTextSegment, encodeTextSegment, joinJwsSegments, splitJwsSegments } from '../../token/jws-segments';

/** How the JSON is laid out: no whitespace, a space after each `:` and `,`, or two-space indentation on lines. */
export type JsonLayout = 'compact' | 'spaced' | 'indented';

/** The layouts in the order they are offered. */
export const JSON_LAYOUTS: readonly JsonLayout[] = ['spaced', 'indented', 'compact'];

/** The token with the part's JSON laid out anew, whether its bytes changed, or why not. */
export type JsonRespacing = { ok: true; token: string; changed: boolean } | { ok: false; code: 'not-compact-jws' | 'part-not-json' };

/** Returns the JSON text laid out as asked, copying every name, string, number and literal as written; null when it is not JSON. */
export function layOutJson(text: string, layout: JsonLayout): string | null {
  const lexer = createJsonLexer(text);
  const pieces: string[] = [];
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind === 'whitespace') continue;
    pieces.push(text.slice(lexer.start, lexer.end));
    if (layout === 'spaced' && (kind === 'name-separator' || kind === 'value-separator')) pieces.push(' ');
  }
  if (lexer.error !== null || pieces.length === 0) return null;
  return layout === 'indented' ? formatJson(text) : pieces.join('');
}

/**
 * Returns the token with the header's or payload's JSON laid out in another way: the same members
 * and values (the same meaning to a JSON reader), other bytes. Keeps the signature as it was, so it
 * no longer covers what is signed.
 */
export function respaceJsonSegment(token: string, part: 'header' | 'payload', layout: JsonLayout): JsonRespacing {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const text = decodeTextSegment(segments[part]);
  const laidOut = text === null ? null : layOutJson(text, layout);
  if (text === null || laidOut === null) return { ok: false, code: 'part-not-json' };
  const segment = encodeTextSegment(laidOut);
  return { ok: true, token: joinJwsSegments({ ...segments, [part]: segment }), changed: segment !== segments[part] };
}
