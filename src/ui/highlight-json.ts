export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'plain';

export interface JsonSpan {
  kind: JsonTokenKind;
  text: string;
}

const LEXEME = /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])/g;

/**
 * Splits pretty-printed JSON into coloured spans. Works on any slice (a cut string simply stays
 * plain), so a view can highlight only what it shows. Does not validate.
 */
export function highlightJson(text: string): JsonSpan[] {
  const spans: JsonSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(LEXEME)) {
    const index = match.index;
    if (index > last) spans.push({ kind: 'plain', text: text.slice(last, index) });
    const [whole, string, colon, number, literal] = match;
    if (string !== undefined) {
      spans.push({ kind: colon ? 'key' : 'string', text: string });
      if (colon) spans.push({ kind: 'punctuation', text: colon });
    } else if (number !== undefined) spans.push({ kind: 'number', text: whole });
    else if (literal !== undefined) spans.push({ kind: 'literal', text: whole });
    else spans.push({ kind: 'punctuation', text: whole });
    last = index + whole.length;
  }
  if (last < text.length) spans.push({ kind: 'plain', text: text.slice(last) });
  return spans;
}
