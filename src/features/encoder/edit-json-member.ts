import type { JsonObject, JsonValue } from '../../core/json/json-value';
import { parseJson } from '../../core/json/parse-json';

/** Where one top-level member of a JSON object text is. */
interface MemberSpan {
  name: string;
  valueStart: number;
  valueEnd: number;
}

interface ObjectLayout {
  open: number;
  close: number;
  members: MemberSpan[];
  /** The text before the first member on its line, when members start on their own lines. */
  indent: string | null;
}

const WHITESPACE = /[ \t\r\n]/;

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.test(text.charAt(i))) i++;
  return i;
}

function skipString(text: string, from: number): number {
  let i = from + 1;
  while (i < text.length && text.charAt(i) !== '"') i += text.charAt(i) === '\\' ? 2 : 1;
  return i + 1;
}

function skipValue(text: string, from: number): number {
  const first = text.charAt(from);
  if (first === '"') return skipString(text, from);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = from;
    do {
      const character = text.charAt(i);
      if (character === '"') {
        i = skipString(text, i);
        continue;
      }
      if (character === '{' || character === '[') depth++;
      else if (character === '}' || character === ']') depth--;
      i++;
    } while (depth > 0 && i < text.length);
    return i;
  }
  let i = from;
  while (i < text.length && !/[\s,}\]]/.test(text.charAt(i))) i++;
  return i;
}

/** The layout of a text already known to be one JSON object. */
function readLayout(text: string): ObjectLayout {
  const open = skipWhitespace(text, 0);
  const members: MemberSpan[] = [];
  let i = skipWhitespace(text, open + 1);
  let indent: string | null = null;
  if (text.charAt(i) === '"') {
    const lineStart = text.lastIndexOf('\n', i) + 1;
    indent = lineStart > open ? text.slice(lineStart, i) : null;
  }
  while (text.charAt(i) === '"') {
    const nameEnd = skipString(text, i);
    const name = JSON.parse(text.slice(i, nameEnd)) as string;
    const valueStart = skipWhitespace(text, skipWhitespace(text, nameEnd) + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ name, valueStart, valueEnd });
    i = skipWhitespace(text, valueEnd);
    if (text.charAt(i) === ',') i = skipWhitespace(text, i + 1);
  }
  return { open, close: i, members, indent };
}

/** Returns the object a JSON text holds, or null when it is not valid JSON or not an object. */
export function readJsonObject(text: string): JsonObject | null {
  const parsed = parseJson(text);
  if (!parsed.ok) return null;
  const value = parsed.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/**
 * Returns the JSON object text with the top-level member `name` set to `value`: its value replaced
 * where it is (every occurrence, if repeated), or a member added at the end in the text's own
 * layout. Everything else stays as typed. Null when the text is not a JSON object.
 */
export function setJsonMember(text: string, name: string, value: JsonValue): string | null {
  if (readJsonObject(text) === null) return null;
  const layout = readLayout(text);
  const serialised = JSON.stringify(value);
  const existing = layout.members.filter((member) => member.name === name);
  if (existing.length > 0) {
    let edited = text;
    for (const member of [...existing].reverse()) edited = edited.slice(0, member.valueStart) + serialised + edited.slice(member.valueEnd);
    return edited;
  }
  const entry = `${JSON.stringify(name)}: ${serialised}`;
  const last = layout.members.at(-1);
  if (last === undefined) return `${text.slice(0, layout.open)}{\n  ${entry}\n}${text.slice(layout.close + 1)}`;
  const separator = layout.indent === null ? ', ' : `,\n${layout.indent}`;
  return text.slice(0, last.valueEnd) + separator + entry + text.slice(last.valueEnd);
}

/** Returns the header's `alg` when the text is a JSON object whose `alg` is a string, else null. */
export function readHeaderAlg(text: string): string | null {
  const alg = readJsonObject(text)?.alg;
  return typeof alg === 'string' ? alg : null;
}
