import { appendPointerToken } from '../../../core/json/json-pointer';
import type { JsonValue } from '../../../core/json/json-value';

/** How many characters of a claim value a table cell shows; the pane beside it has the whole value. */
export const PREVIEW_CHARS = 300;

/** Numbers as written in the token, by JSON pointer, and the pointer of the value previewed. */
export interface WrittenNumbers {
  lexemes: ReadonlyMap<string, string>;
  pointer: string;
}

/**
 * Compact JSON of `value`, cut at about `maxChars` with "…", each number found in `written` shown as
 * written in the token (`1.0`, `9007199254740993`, `1e400`) instead of as JavaScript writes it. It
 * stops walking once the budget is spent, so a claim holding megabytes costs no more than a short one.
 */
export function previewJson(value: JsonValue, maxChars = PREVIEW_CHARS, written?: WrittenNumbers): string {
  const out: string[] = [];
  let length = 0;
  const lexemes = written && written.lexemes.size > 0 ? written.lexemes : null;
  const write = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length <= maxChars;
  };
  // Pointers are only built when there are written numbers to find.
  const child = (pointer: string, token: string | number) => (lexemes ? appendPointerToken(pointer, token) : '');
  const walk = (node: JsonValue, pointer: string): boolean => {
    // A long string is cut before it is escaped: escaping megabytes to show 300 characters is waste.
    if (typeof node === 'string' && node.length > maxChars) return write(JSON.stringify(node.slice(0, maxChars)));
    if (typeof node === 'number' && lexemes) return write(lexemes.get(pointer) ?? JSON.stringify(node));
    if (node === null || typeof node !== 'object') return write(JSON.stringify(node));
    if (Array.isArray(node)) {
      if (!write('[')) return false;
      for (let index = 0; index < node.length; index += 1) {
        if (index > 0 && !write(',')) return false;
        if (!walk(node[index] ?? null, child(pointer, index))) return false;
      }
      return write(']');
    }
    if (!write('{')) return false;
    let first = true;
    for (const [key, member] of Object.entries(node)) {
      if (!first && !write(',')) return false;
      first = false;
      if (!write(`${JSON.stringify(key)}:`) || !walk(member, child(pointer, key))) return false;
    }
    return write('}');
  };
  const complete = walk(value, written?.pointer ?? '');
  const text = out.join('');
  return complete ? text : `${text.slice(0, maxChars)}…`;
}
