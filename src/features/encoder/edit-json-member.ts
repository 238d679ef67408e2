import { isJsonObject, type JsonObject, type JsonValue } from '../../core/json/json-value';
import { parseJson, type JsonParsing } from '../../core/json/parse-json';
import { readJsonMembers, type JsonMember } from '../../core/json/read-json-members';

interface ObjectLayout {
  open: number;
  close: number;
  members: JsonMember[];
  /** The text before the first member on its line, when members start on their own lines. */
  indent: string | null;
}

/** The layout of a text already known to be one JSON object. */
function readLayout(text: string): ObjectLayout {
  const open = text.indexOf('{');
  const { members } = readJsonMembers(text, { topLevelOnly: true, maxMembers: Infinity });
  const first = members[0];
  let indent: string | null = null;
  if (first !== undefined) {
    const lineStart = text.lastIndexOf('\n', first.start) + 1;
    indent = lineStart > open ? text.slice(lineStart, first.start) : null;
  }
  return { open, close: text.lastIndexOf('}'), members, indent };
}

/** The texts parsed last, with their results: each change of an editor is read by the editor, the claim helpers and the store. */
const recentParsings: { text: string; parsing: JsonParsing }[] = [];
const RECENT_PARSINGS = 2;

/** Returns parseJson's result for `text`, parsed once for the header and once for the payload while they stay as they are. */
export function parseEditedJson(text: string): JsonParsing {
  const recent = recentParsings.find((entry) => entry.text === text);
  if (recent) return recent.parsing;
  const parsing = parseJson(text);
  recentParsings.unshift({ text, parsing });
  recentParsings.length = Math.min(recentParsings.length, RECENT_PARSINGS);
  return parsing;
}

/** Returns the object a JSON text holds, or null when it is not valid JSON or not an object. */
export function readJsonObject(text: string): JsonObject | null {
  const parsed = parseEditedJson(text);
  return parsed.ok && isJsonObject(parsed.value) ? parsed.value : null;
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
    for (const member of [...existing].reverse()) edited = edited.slice(0, member.valueStart) + serialised + edited.slice(member.end);
    return edited;
  }
  const entry = `${JSON.stringify(name)}: ${serialised}`;
  const last = layout.members.at(-1);
  if (last === undefined) return `${text.slice(0, layout.open)}{\n  ${entry}\n}${text.slice(layout.close + 1)}`;
  const separator = layout.indent === null ? ', ' : `,\n${layout.indent}`;
  return text.slice(0, last.end) + separator + entry + text.slice(last.end);
}

/**
 * Returns the JSON object text without its top-level member `name` (every occurrence), the member's
 * separator going with it; everything else stays as typed. Null when the text is not a JSON object.
 */
export function removeJsonMember(text: string, name: string): string | null {
  if (readJsonObject(text) === null) return null;
  let edited = text;
  for (;;) {
    const { open, close, members } = readLayout(edited);
    const index = members.findLastIndex((member) => member.name === name);
    const member = members[index];
    if (member === undefined) return edited;
    const before = members[index - 1];
    const after = members[index + 1];
    if (before !== undefined) edited = edited.slice(0, before.end) + edited.slice(member.end);
    else if (after !== undefined) edited = edited.slice(0, member.start) + edited.slice(after.start);
    else edited = edited.slice(0, open + 1) + edited.slice(close);
  }
}

/** Returns the header's `alg` when the text is a JSON object whose `alg` is a string, else null. */
export function readHeaderAlg(text: string): string | null {
  const alg = readJsonObject(text)?.alg;
  return typeof alg === 'string' ? alg : null;
}
