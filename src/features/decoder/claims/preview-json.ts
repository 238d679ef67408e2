import type { JsonValue } from '../../../core/json/json-value';

/** How many characters of a claim value a table cell shows; the pane beside it has the whole value. */
export const PREVIEW_CHARS = 300;

/**
 * Compact JSON of `value`, cut at about `maxChars` with "…". It stops walking once the budget is
 * spent, so a claim holding megabytes costs no more than a short one.
 */
export function previewJson(value: JsonValue, maxChars = PREVIEW_CHARS): string {
  const out: string[] = [];
  let length = 0;
  const write = (text: string): boolean => {
    out.push(text);
    length += text.length;
    return length <= maxChars;
  };
  const walk = (node: JsonValue): boolean => {
    // A long string is cut before it is escaped: escaping megabytes to show 300 characters is waste.
    if (typeof node === 'string' && node.length > maxChars) return write(JSON.stringify(node.slice(0, maxChars)));
    if (node === null || typeof node !== 'object') return write(JSON.stringify(node));
    if (Array.isArray(node)) {
      if (!write('[')) return false;
      for (let index = 0; index < node.length; index += 1) {
        if (index > 0 && !write(',')) return false;
        if (!walk(node[index] ?? null)) return false;
      }
      return write(']');
    }
    if (!write('{')) return false;
    let first = true;
    for (const [key, member] of Object.entries(node)) {
      if (!first && !write(',')) return false;
      first = false;
      if (!write(`${JSON.stringify(key)}:`) || !walk(member)) return false;
    }
    return write('}');
  };
  const complete = walk(value);
  const text = out.join('');
  return complete ? text : `${text.slice(0, maxChars)}…`;
}
