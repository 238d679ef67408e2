import type { JsonValue } from '../json/json-value';

/** One top-level member as written, duplicates included. */
export interface TopLevelMember {
  name: string;
  value: JsonValue;
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++;
  return i;
}

function endOfString(text: string, from: number): number {
  let i = from + 1;
  while (i < text.length) {
    const character = text.charAt(i);
    if (character === '\\') i += 2;
    else if (character === '"') return i + 1;
    else i++;
  }
  return text.length;
}

function endOfValue(text: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const character = text.charAt(i);
    if (character === '"') {
      i = endOfString(text, i);
      if (depth === 0) return i;
      continue;
    }
    if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      if (depth === 0) return i;
      depth--;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (character === ',' || character === ' ' || character === '\t' || character === '\r' || character === '\n')) {
      return i;
    }
    i++;
  }
  return i;
}

/**
 * Returns every member of a JSON object text in order, repeated names included (JSON.parse keeps
 * only the last); expects text the strict parser has already accepted, and returns [] otherwise.
 */
export function readTopLevelMembers(text: string): TopLevelMember[] {
  const members: TopLevelMember[] = [];
  let i = skipWhitespace(text, 0);
  if (text.charAt(i) !== '{') return [];
  i = skipWhitespace(text, i + 1);
  try {
    while (i < text.length && text.charAt(i) === '"') {
      const nameEnd = endOfString(text, i);
      const name = JSON.parse(text.slice(i, nameEnd)) as string;
      i = skipWhitespace(text, nameEnd);
      if (text.charAt(i) !== ':') return members;
      i = skipWhitespace(text, i + 1);
      const valueEnd = endOfValue(text, i);
      members.push({ name, value: JSON.parse(text.slice(i, valueEnd)) as JsonValue });
      i = skipWhitespace(text, valueEnd);
      if (text.charAt(i) !== ',') break;
      i = skipWhitespace(text, i + 1);
    }
  } catch {
    return members;
  }
  return members;
}
