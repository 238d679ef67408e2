import type { JsonError } from './json-error';
import { appendPointerToken } from './json-pointer';
import { createJsonLexer, MAX_JSON_DEPTH } from './lex-json';

/** At most this many members are returned by default, so a payload with 100,000 names costs little. */
export const MAX_JSON_MEMBERS = 10_000;

/**
 * One object member as written, from its name's opening quote to the last character of its value.
 * Offsets are 0-based and end-exclusive; characters are UTF-16 code units of the text, bytes are
 * offsets into the text's UTF-8 encoding.
 */
export interface JsonMember {
  /** RFC 6901 pointer of the member (`/a/0/b`); a repeated name gives two members with one pointer. */
  pointer: string;
  /** The decoded name (`"\u0061"` reads `a`). */
  name: string;
  /** How many containers enclose the member's name: 1 for a member of the top-level object. */
  depth: number;
  start: number;
  /** Where the member's value starts (after the name, the colon and any whitespace). */
  valueStart: number;
  end: number;
  byteStart: number;
  byteEnd: number;
}

/** The members in the order their names occur, whether the cap cut them short, and the first error. */
export interface JsonMemberReading {
  members: JsonMember[];
  /** More members follow than were returned (only the first `maxMembers` are kept). */
  truncated: boolean;
  /** The first error in the text read; members not ended before it are left out. */
  error: JsonError | null;
}

export interface JsonMemberOptions {
  /** Keep at most this many members (default MAX_JSON_MEMBERS). */
  maxMembers?: number;
  /** Deepest nesting accepted (default MAX_JSON_DEPTH). */
  maxDepth?: number;
  /** Keep only the members of the top-level object. */
  topLevelOnly?: boolean;
}

/** Counts UTF-8 bytes as the text is walked forward; a lone surrogate counts as U+FFFD (3 bytes), as TextEncoder writes it. */
function createUtf8Counter(text: string): (position: number) => number {
  let at = 0;
  let bytes = 0;
  return (position) => {
    for (; at < position; at++) {
      const code = text.charCodeAt(at);
      if (code < 0x80) bytes += 1;
      else if (code < 0x800) bytes += 2;
      else if (code >= 0xd800 && code <= 0xdbff) bytes += (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 3;
      else if (code >= 0xdc00 && code <= 0xdfff) bytes += (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? 2 : 3;
      else bytes += 3;
    }
    return bytes;
  };
}

/**
 * Returns every object member of a JSON text at any depth (at most `maxMembers`, document order) with
 * its pointer, character range and UTF-8 byte range; repeated names are all kept. Stops reading
 * once the cap is reached and the members already kept have ended, so the text after that is not
 * checked. Does not decode values.
 */
export function readJsonMembers(text: string, options: JsonMemberOptions = {}): JsonMemberReading {
  const { maxMembers = MAX_JSON_MEMBERS, maxDepth = MAX_JSON_DEPTH, topLevelOnly = false } = options;
  const lexer = createJsonLexer(text, { maxDepth });
  const toByte = createUtf8Counter(text);
  const members: JsonMember[] = [];
  // Per level: the pointer of the container open there, and the kept member whose value is being read.
  const prefixes: string[] = [];
  const reading: (JsonMember | null)[] = [];
  let unended = 0;
  let truncated = false;

  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    const depth = lexer.depth;
    if (kind === 'member-name') {
      if (topLevelOnly && depth !== 1) continue;
      if (members.length >= maxMembers) {
        truncated = true;
        if (unended === 0) break;
        continue;
      }
      const name = lexer.decodeString();
      const start = lexer.start;
      const member: JsonMember = {
        pointer: appendPointerToken(prefixes[depth - 1] ?? '', name),
        name,
        depth,
        start,
        valueStart: -1,
        end: -1,
        byteStart: toByte(start),
        byteEnd: -1,
      };
      members.push(member);
      reading[depth - 1] = member;
      unended++;
      continue;
    }
    if (kind === 'whitespace' || kind === 'name-separator' || kind === 'value-separator') continue;
    const opens = kind === 'begin-object' || kind === 'begin-array';
    // The innermost kept member whose value this lexeme starts or ends.
    const member = depth > 0 && lexer.containerAt(depth - 1) === 'object' ? (reading[depth - 1] ?? null) : null;
    if (opens) {
      reading[depth] = null;
      // Pointers are only needed while members can still be kept below this level.
      if (!truncated && !topLevelOnly) {
        if (depth === 0) prefixes[0] = '';
        else if (member !== null) prefixes[depth] = member.pointer;
        else prefixes[depth] = appendPointerToken(prefixes[depth - 1] ?? '', lexer.indexAt(depth - 1));
      }
    }
    if (member === null) continue;
    if (member.valueStart < 0) member.valueStart = lexer.start;
    if (opens) continue;
    member.end = lexer.end;
    member.byteEnd = toByte(lexer.end);
    reading[depth - 1] = null;
    unended--;
    if (truncated && unended === 0) break;
  }
  const error = lexer.error;
  return { members: error === null ? members : members.filter((member) => member.end >= 0), truncated, error };
}
