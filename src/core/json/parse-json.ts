import type { JsonValue } from './json-value';

/** A member name that occurs more than once in one object (RFC 8259 §4 leaves the meaning open). */
export interface DuplicateMember {
  /** RFC 6901 pointer of the object holding the name, `''` for the top-level object. */
  pointer: string;
  /** The decoded name, so `"a"` and `"\u0061"` count as the same. */
  name: string;
  /** Character index of the repeated occurrence's opening quote. */
  position: number;
}

/** Why a text is not JSON; `position` is a character (UTF-16 code unit) index into the text. */
export type JsonError =
  | { code: 'json-syntax'; position: number; found: string }
  | { code: 'json-unexpected-end'; position: number }
  | { code: 'json-too-deep'; position: number; maxDepth: number };

/** The parsed value and repeated names, or the first error. */
export type JsonParsing =
  | { ok: true; value: JsonValue; duplicates: DuplicateMember[] }
  | { ok: false; error: JsonError };

/** What `scanJson` found: repeated names, or the first error. */
export type JsonScan = { ok: true; duplicates: DuplicateMember[] } | { ok: false; error: JsonError };

/** Deepest nesting of arrays and objects accepted; deeper input is refused rather than risking the stack. */
export const MAX_JSON_DEPTH = 512;

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LOWER_E = 0x65;
const LEFT_BRACE = 0x7b;
const RIGHT_BRACE = 0x7d;
const LOWER_U = 0x75;

const LITERALS: Record<number, string> = { 0x74: 'true', 0x66: 'false', 0x6e: 'null' };
// After a backslash: " \ / b f n r t (u is handled apart).
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/** Returns the character at `position`, or `U+XXXX` when it is invisible (controls, spaces, BOM, lone surrogates). */
export function describeCharacter(text: string, position: number): string {
  const codePoint = text.codePointAt(position) ?? 0;
  const character = String.fromCodePoint(codePoint);
  if (/^[\p{C}\p{Z}]$/u.test(character)) return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return character;
}

// The helpers below return the index after what they read, or `~at` (always negative) for an
// error at `at`; plain functions over (text, index) keep the hot loop free of closures.

function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== LF && code !== CR && code !== TAB) break;
  }
  return i;
}

function scanString(text: string, from: number): number {
  const length = text.length;
  let i = from + 1;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) return i + 1;
    if (code === BACKSLASH) {
      const escaped = i + 1 < length ? text.charCodeAt(i + 1) : -1;
      if (escaped === LOWER_U) {
        for (let k = 2; k < 6; k++) {
          if (i + k >= length || !isHexDigit(text.charCodeAt(i + k))) return ~(i + k);
        }
        i += 6;
      } else if (SIMPLE_ESCAPES.has(escaped)) {
        i += 2;
      } else {
        return ~(i + 1);
      }
    } else if (code < SPACE) {
      return ~i;
    } else {
      i++;
    }
  }
  return ~length;
}

function scanDigits(text: string, from: number): number {
  if (from >= text.length || !isDigit(text.charCodeAt(from))) return ~from;
  let i = from + 1;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function scanNumber(text: string, from: number): number {
  const length = text.length;
  let i = from;
  if (text.charCodeAt(i) === MINUS) i++;
  if (i < length && text.charCodeAt(i) === ZERO) i++;
  else if ((i = scanDigits(text, i)) < 0) return i;
  if (i < length && text.charCodeAt(i) === DOT && (i = scanDigits(text, i + 1)) < 0) return i;
  if (i < length) {
    const code = text.charCodeAt(i);
    if (code === LOWER_E || code === UPPER_E) {
      i++;
      const sign = i < length ? text.charCodeAt(i) : -1;
      if (sign === PLUS || sign === MINUS) i++;
      i = scanDigits(text, i);
    }
  }
  return i;
}

function scanLiteral(text: string, from: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (from + k >= text.length || text.charCodeAt(from + k) !== word.charCodeAt(k)) return ~(from + k);
  }
  return from + word.length;
}

function createError(text: string, at: number): JsonError {
  return at >= text.length
    ? { code: 'json-unexpected-end', position: text.length }
    : { code: 'json-syntax', position: at, found: describeCharacter(text, at) };
}

function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

// Small objects are checked with a linear scan; a Set is only built for larger ones.
const LINEAR_NAME_LIMIT = 16;

/**
 * Returns whether `text` is strict RFC 8259 JSON, with the first error's position or the duplicate
 * member names; does not build the value. Iterative, so deep nesting cannot overflow the call stack.
 */
export function scanJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonScan {
  const length = text.length;
  // One slot per open container, reused as the nesting goes up and down.
  const isObject: boolean[] = [];
  const indexes: number[] = [];
  const memberNames: string[] = [];
  const nameLists: string[][] = [];
  const nameSets: (Set<string> | null)[] = [];
  let depth = 0;
  const duplicates: DuplicateMember[] = [];

  const toPointer = (): string => {
    let pointer = '';
    for (let d = 0; d < depth - 1; d++) {
      pointer += `/${isObject[d] ? escapePointerToken(memberNames[d] ?? '') : String(indexes[d] ?? 0)}`;
    }
    return pointer;
  };

  // Reads `"name" :` for the innermost object, records a repeated name, and returns the value's index.
  const scanMemberName = (from: number): number => {
    if (from >= length || text.charCodeAt(from) !== QUOTE) return ~from;
    const end = scanString(text, from);
    if (end < 0) return end;
    const raw = text.slice(from + 1, end - 1);
    const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    const slot = depth - 1;
    const set = nameSets[slot];
    const list = nameLists[slot] ?? [];
    const repeated = set ? set.has(name) : list.includes(name);
    if (repeated) {
      duplicates.push({ pointer: toPointer(), name, position: from });
    } else if (set) {
      set.add(name);
    } else {
      list.push(name);
      if (list.length > LINEAR_NAME_LIMIT) nameSets[slot] = new Set(list);
    }
    memberNames[slot] = name;
    const colon = skipWhitespace(text, end);
    if (colon >= length || text.charCodeAt(colon) !== COLON) return ~colon;
    return skipWhitespace(text, colon + 1);
  };

  const openContainer = (object: boolean): void => {
    isObject[depth] = object;
    indexes[depth] = 0;
    if (object) {
      const list = nameLists[depth];
      if (list) list.length = 0;
      else nameLists[depth] = [];
      nameSets[depth] = null;
    }
    depth++;
  };

  let pos = skipWhitespace(text, 0);
  for (;;) {
    // A value starts at `pos`.
    if (pos >= length) return { ok: false, error: { code: 'json-unexpected-end', position: length } };
    const code = text.charCodeAt(pos);
    if (code === LEFT_BRACE || code === LEFT_BRACKET) {
      if (depth >= maxDepth) return { ok: false, error: { code: 'json-too-deep', position: pos, maxDepth } };
      const object = code === LEFT_BRACE;
      pos = skipWhitespace(text, pos + 1);
      if (pos < length && text.charCodeAt(pos) === (object ? RIGHT_BRACE : RIGHT_BRACKET)) {
        pos++;
      } else {
        openContainer(object);
        if (object && (pos = scanMemberName(pos)) < 0) break;
        continue;
      }
    } else {
      const literal = LITERALS[code];
      if (code === QUOTE) pos = scanString(text, pos);
      else if (code === MINUS || isDigit(code)) pos = scanNumber(text, pos);
      else if (literal !== undefined) pos = scanLiteral(text, pos, literal);
      else pos = ~pos;
      if (pos < 0) break;
    }

    // A value has ended: close containers until one continues with a comma.
    let next = false;
    while (!next) {
      pos = skipWhitespace(text, pos);
      if (depth === 0) {
        if (pos < length) pos = ~pos;
        break;
      }
      if (pos >= length) {
        pos = ~pos;
        break;
      }
      const separator = text.charCodeAt(pos);
      const object = isObject[depth - 1] === true;
      if (separator === COMMA) {
        pos = skipWhitespace(text, pos + 1);
        if (object) {
          if ((pos = scanMemberName(pos)) < 0) break;
        } else {
          indexes[depth - 1] = (indexes[depth - 1] ?? 0) + 1;
        }
        next = true;
      } else if (separator === (object ? RIGHT_BRACE : RIGHT_BRACKET)) {
        depth--;
        pos++;
      } else {
        pos = ~pos;
        break;
      }
    }
    if (!next) break;
  }

  return pos < 0 ? { ok: false, error: createError(text, ~pos) } : { ok: true, duplicates };
}

/**
 * Returns the value of a strict RFC 8259 JSON text and its repeated member names (the value keeps
 * the last occurrence, as `JSON.parse` does), or the first error; does not preserve number lexemes
 * beyond double precision (see `formatJson` for that).
 */
export function parseJson(text: string, maxDepth: number = MAX_JSON_DEPTH): JsonParsing {
  const scan = scanJson(text, maxDepth);
  if (!scan.ok) return scan;
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue, duplicates: scan.duplicates };
  } catch {
    // Unreachable when the scanner agrees with the engine; kept so a disagreement is data, not a crash.
    return { ok: false, error: { code: 'json-syntax', position: 0, found: describeCharacter(text, 0) } };
  }
}
