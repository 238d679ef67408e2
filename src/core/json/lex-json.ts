import { createSyntaxError, type JsonError } from './json-error';
import { appendPointerToken } from './json-pointer';

/** Deepest nesting of arrays and objects accepted by default; deeper input is refused rather than risking the stack. */
export const MAX_JSON_DEPTH = 512;

/**
 * What a lexeme is: RFC 8259's tokens, with strings told apart by role (a member's name or a
 * value), so a reader needs no state of its own to colour or to walk the text.
 */
export type JsonLexemeKind =
  | 'whitespace'
  | 'begin-object'
  | 'end-object'
  | 'begin-array'
  | 'end-array'
  | 'name-separator'
  | 'value-separator'
  | 'member-name'
  | 'string'
  | 'number'
  | 'literal';

/** The kind of container open at one nesting level. */
export type JsonContainer = 'object' | 'array';

export interface JsonLexerOptions {
  /** Deepest nesting accepted (default MAX_JSON_DEPTH); `Infinity` for readers that keep no per-level work. */
  maxDepth?: number;
}

/**
 * A cursor over the lexemes of one JSON text, read one at a time by `next()`. The lexemes cover the
 * text without gaps from offset 0 until the end or the first error. Levels count from 0, the
 * outermost container.
 */
export interface JsonLexer {
  readonly text: string;
  /** The current lexeme's kind; null before the first `next()`, at the end and after an error. */
  readonly kind: JsonLexemeKind | null;
  /** The current lexeme's first character (UTF-16 code unit index); at the end or an error, where reading stopped. */
  readonly start: number;
  /** One past the current lexeme's last character. */
  readonly end: number;
  /** How many containers enclose the current lexeme; a container's own brackets are outside it. */
  readonly depth: number;
  /** The first error, once `next()` has returned null because of it; null while the text is JSON. */
  readonly error: JsonError | null;
  /** Reads the next lexeme and returns its kind, or null at the end of the text or at the first error. */
  next(): JsonLexemeKind | null;
  /** The container open at `level`, or null when fewer levels are open. */
  containerAt(level: number): JsonContainer | null;
  /** The index of the element or member being read in the container at `level` (0 for the first). */
  indexAt(level: number): number;
  /** The decoded name of the member being read in the object at `level`; '' before its name or in an array. */
  nameAt(level: number): string;
  /** The decoded text of the current `string` or `member-name` lexeme. */
  decodeString(): string;
  /**
   * The RFC 6901 pointer through the first `levels` levels (default: `depth`, which for a value or a
   * member name is its own pointer). Costs O(levels): readers that need many pointers build them
   * level by level with `appendPointerToken`.
   */
  pointer(levels?: number): string;
}

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

// What the grammar allows at the next lexeme.
const EXPECT_VALUE = 0;
const EXPECT_VALUE_OR_END_ARRAY = 1;
const EXPECT_NAME = 2;
const EXPECT_NAME_OR_END_OBJECT = 3;
const EXPECT_NAME_SEPARATOR = 4;
const EXPECT_SEPARATOR_OR_END = 5;
const FINISHED = 6;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
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

/** Characters of a string that need no look: not a quote, a backslash or a control character (which JSON strings may not hold raw). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a run must stop at
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y;
/** From this many characters into a string, plain runs are skipped by the regular expression (about five times faster per character; slower to start). */
const REGEX_SKIP_AFTER = 64;

function scanString(text: string, from: number): number {
  const length = text.length;
  let i = from + 1;
  while (i < length) {
    if (i - from > REGEX_SKIP_AFTER) {
      PLAIN_STRING_RUN.lastIndex = i;
      PLAIN_STRING_RUN.test(text);
      i = PLAIN_STRING_RUN.lastIndex;
      if (i >= length) break;
    }
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

function decodeJsonString(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

// A class with plain fields: the reader's loop touches them once per lexeme, and V8 keeps them in
// fixed slots where a closure-based object would not.
class Lexer implements JsonLexer {
  kind: JsonLexemeKind | null = null;
  start = 0;
  end = 0;
  depth = 0;
  error: JsonError | null = null;
  private state = EXPECT_VALUE;
  private open = 0;
  // One slot per nesting level, reused as the nesting goes up and down.
  private readonly objects: boolean[] = [];
  private readonly indexes: number[] = [];
  private readonly nameStarts: number[] = [];
  private readonly nameEnds: number[] = [];

  constructor(
    readonly text: string,
    private readonly maxDepth: number,
  ) {}

  next(): JsonLexemeKind | null {
    if (this.state === FINISHED) return null;
    const text = this.text;
    const pos = this.end;
    const code = text.charCodeAt(pos);
    this.start = pos;
    if (code <= SPACE && (code === SPACE || code === LF || code === CR || code === TAB)) {
      return this.emit('whitespace', skipWhitespace(text, pos + 1), this.state);
    }
    switch (this.state) {
      case EXPECT_VALUE:
        return this.readValue(pos, code);
      case EXPECT_VALUE_OR_END_ARRAY:
        return code === RIGHT_BRACKET ? this.close('end-array', pos) : this.readValue(pos, code);
      case EXPECT_NAME_OR_END_OBJECT:
        return code === RIGHT_BRACE ? this.close('end-object', pos) : this.readName(pos, code);
      case EXPECT_NAME:
        return this.readName(pos, code);
      case EXPECT_NAME_SEPARATOR:
        return code === COLON ? this.emit('name-separator', pos + 1, EXPECT_VALUE) : this.fail(pos);
      default:
        return this.readSeparatorOrEnd(pos, code);
    }
  }

  containerAt(level: number): JsonContainer | null {
    if (level < 0 || level >= this.open) return null;
    return this.objects[level] === true ? 'object' : 'array';
  }

  indexAt(level: number): number {
    return this.indexes[level] ?? 0;
  }

  nameAt(level: number): string {
    const start = this.nameStarts[level] ?? -1;
    return start < 0 || this.objects[level] !== true ? '' : decodeJsonString(this.text, start, this.nameEnds[level] ?? start);
  }

  decodeString(): string {
    return decodeJsonString(this.text, this.start, this.end);
  }

  pointer(levels: number = this.depth): string {
    let pointer = '';
    for (let level = 0; level < levels; level++) {
      pointer = appendPointerToken(pointer, this.objects[level] === true ? this.nameAt(level) : this.indexAt(level));
    }
    return pointer;
  }

  private emit(kind: JsonLexemeKind, end: number, state: number): JsonLexemeKind {
    this.depth = this.open;
    this.end = end;
    this.state = state;
    return (this.kind = kind);
  }

  private readValue(pos: number, code: number): JsonLexemeKind | null {
    if (code === LEFT_BRACE || code === LEFT_BRACKET) {
      const level = this.open;
      if (level >= this.maxDepth) return this.stop({ code: 'json-too-deep', position: pos, maxDepth: this.maxDepth });
      const object = code === LEFT_BRACE;
      this.objects[level] = object;
      this.indexes[level] = 0;
      this.nameStarts[level] = -1;
      this.open = level + 1;
      this.depth = level;
      this.end = pos + 1;
      this.state = object ? EXPECT_NAME_OR_END_OBJECT : EXPECT_VALUE_OR_END_ARRAY;
      return (this.kind = object ? 'begin-object' : 'begin-array');
    }
    const text = this.text;
    let end: number;
    let kind: JsonLexemeKind;
    if (code === QUOTE) {
      end = scanString(text, pos);
      kind = 'string';
    } else if (code === MINUS || isDigit(code)) {
      end = scanNumber(text, pos);
      kind = 'number';
    } else {
      const literal = LITERALS[code];
      if (literal === undefined) return this.fail(pos);
      end = scanLiteral(text, pos, literal);
      kind = 'literal';
    }
    return end < 0 ? this.fail(~end) : this.emit(kind, end, EXPECT_SEPARATOR_OR_END);
  }

  private readName(pos: number, code: number): JsonLexemeKind | null {
    if (code !== QUOTE) return this.fail(pos);
    const end = scanString(this.text, pos);
    if (end < 0) return this.fail(~end);
    const level = this.open - 1;
    this.nameStarts[level] = pos;
    this.nameEnds[level] = end;
    return this.emit('member-name', end, EXPECT_NAME_SEPARATOR);
  }

  private readSeparatorOrEnd(pos: number, code: number): JsonLexemeKind | null {
    const level = this.open - 1;
    if (level < 0) {
      if (pos < this.text.length) return this.fail(pos);
      this.state = FINISHED;
      this.kind = null;
      return null;
    }
    const object = this.objects[level] === true;
    if (code === COMMA) {
      this.indexes[level] = this.indexAt(level) + 1;
      return this.emit('value-separator', pos + 1, object ? EXPECT_NAME : EXPECT_VALUE);
    }
    if (code === RIGHT_BRACE && object) return this.close('end-object', pos);
    if (code === RIGHT_BRACKET && !object) return this.close('end-array', pos);
    return this.fail(pos);
  }

  private close(kind: JsonLexemeKind, pos: number): JsonLexemeKind {
    this.open--;
    return this.emit(kind, pos + 1, EXPECT_SEPARATOR_OR_END);
  }

  private fail(at: number): null {
    return this.stop(createSyntaxError(this.text, at));
  }

  private stop(error: JsonError): null {
    this.error = error;
    this.state = FINISHED;
    this.kind = null;
    this.start = error.position;
    this.end = error.position;
    return null;
  }
}

/**
 * Returns a cursor that reads `text` as strict RFC 8259 JSON one lexeme at a time, iteratively (no
 * recursion at any depth), stopping at the first error; does not build values or look for
 * repeated member names.
 */
export function createJsonLexer(text: string, options: JsonLexerOptions = {}): JsonLexer {
  return new Lexer(text, options.maxDepth ?? MAX_JSON_DEPTH);
}
