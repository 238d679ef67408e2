import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict } from '../encoding/utf8';
import { isJsonObject, type JsonObject } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { isWhitespace, stripTokenWrapper } from './normalise-input';

/** Where in a pasted text a token was found; equal to the UI contract's `token-source` `data-source` values. */
export type TokenSource = 'authorization-header' | 'cookie' | 'curl' | 'http' | 'json' | 'url' | 'text';

/** A JWS- or JWE-shaped string found inside a larger text. */
export interface TokenCandidate {
  /** 0-based, in order of appearance. */
  index: number;
  kind: 'jws' | 'jwe';
  /** `[start, end)` of the token in the text. */
  start: number;
  end: number;
  source: TokenSource;
  /** The name it is stored under (JSON member, query or fragment parameter, cookie, `name=`), or null. */
  name: string | null;
  /** `text.slice(start, end)`. */
  token: string;
}

/**
 * `token`: the text reads as one token (bare, or wrapped in whitespace, quotes, a `Bearer ` prefix or
 * line breaks) and is decoded as a whole. `text`: it is a larger text, searched for tokens.
 */
export type TokenSearch =
  | { kind: 'token' }
  | {
      kind: 'text';
      candidates: TokenCandidate[];
      /** How many characters were searched; less than the text when it was longer than the cap. */
      searchedChars: number;
      limited: boolean;
    };

/** Characters searched at most; a 1 MB log is searched whole, a 20 MB paste only this far. */
export const MAX_SEARCH_CHARS = 4 * 1024 * 1024;
/** Distinct tokens listed at most; the search stops at the next one. */
export const MAX_CANDIDATES = 50;
/** How far back from a token its name or the start of its line is looked for. */
const MAX_CONTEXT_CHARS = 256;
/** How much of the first line is read to tell whether the text is an HTTP message. */
const MAX_START_LINE_CHARS = 16 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const DOT = 0x2e;
const EQUALS = 0x3d;
const SLASH = 0x2f;
const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const TILDE = 0x7e;

/** Characters that never appear in a token or its wrapping but do in the texts tokens are pasted from. */
const CONTEXT_CHARACTERS = new Set(Array.from(':{}[]?&#;,', (character) => character.charCodeAt(0)));
/** A line ending in one of these goes on in the next (POSIX shell, cmd.exe, PowerShell). */
const LINE_CONTINUATIONS = new Set([BACKSLASH, 0x5e, 0x60]);
const OPENING_QUOTES = new Set([QUOTE, 0x27, 0x60]);

const HTTP_REQUEST_LINE = /^[A-Z]{3,10} \S+ HTTP\/\d(?:\.\d)?\s*$/;
const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)? \d{3}(?:\s|$)/;
const CURL_LINE = /^[ \t]*(?:\$[ \t]+)?curl(?:\.exe)?(?:[ \t]|$)/i;
const AUTHORIZATION_LINE = /^[ \t]*(?:proxy-)?authorization[ \t]*:/i;
const COOKIE_LINE = /^[ \t]*(?:set-)?cookie[ \t]*:/i;
const PARAMETER_NAME = /[\w.\-[\]%]/;

/** The characters of a token's run: base64url and the dots between its segments. */
const TOKEN_CHARACTER = /[A-Za-z0-9_.-]/;
// Read per character from a table, and a run at once by the regular-expression engine, which skips a
// token many times faster than a loop of calls (a 135 KB token took ~4 ms to read through that way).
const TOKEN_CHARACTER_CODES = Uint8Array.from({ length: 128 }, (_, code) => (TOKEN_CHARACTER.test(String.fromCharCode(code)) ? 1 : 0));
const TOKEN_RUN = new RegExp(`${TOKEN_CHARACTER.source}*`, 'y');

function isTokenCharacter(code: number): boolean {
  return code < 128 && TOKEN_CHARACTER_CODES[code] === 1;
}

function startsWithHeaderMark(text: string, index: number): boolean {
  return text.startsWith('eyJ', index);
}

/** End of the run of base64url characters and dots that starts at `index`. */
function runEndFrom(text: string, index: number): number {
  TOKEN_RUN.lastIndex = index;
  TOKEN_RUN.test(text);
  return TOKEN_RUN.lastIndex;
}

function countDots(text: string, start: number, end: number): number {
  let dots = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === DOT) dots++;
  return dots;
}

/** Whether a whitespace-separated piece starting at `index` opens a whole token of its own (a second token). */
function opensAnotherToken(text: string, index: number): boolean {
  let at = index;
  while (at < text.length && OPENING_QUOTES.has(text.charCodeAt(at))) at++;
  return startsWithHeaderMark(text, at) && countDots(text, at, runEndFrom(text, at)) >= 2;
}

/**
 * The text as a whole reads as one token unless it holds what only a larger text has: a context
 * character, `=` that is not padding, a leading `/`, words before the token, or a second token.
 * Anything else (a malformed token too) is decoded whole, so its errors stay precise.
 */
function readsAsOneToken(text: string): boolean {
  const { start, end } = stripTokenWrapper(text);
  if (start < end && text.charCodeAt(start) === SLASH) return false;
  let pieces = 0;
  let inPiece = false;
  for (let i = start; i < end; i++) {
    if (inPiece) {
      const runEnd = Math.min(runEndFrom(text, i), end);
      if (runEnd > i) {
        i = runEnd - 1;
        continue;
      }
    }
    const code = text.charCodeAt(i);
    if (CONTEXT_CHARACTERS.has(code)) return false;
    if (code === EQUALS && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next !== EQUALS && next !== DOT && !isWhitespace(next)) return false;
    }
    if (isWhitespace(code)) {
      inPiece = false;
      continue;
    }
    if (inPiece) continue;
    inPiece = true;
    pieces++;
    if (pieces === 2 && !startsWithHeaderMark(text, start)) return false;
    if (pieces >= 2 && opensAnotherToken(text, i)) return false;
  }
  return true;
}

/** The header when the segment is base64url of a UTF-8 JSON object; null otherwise. */
function readHeaderObject(segment: string): JsonObject | null {
  const bytes = decodeBase64Url(segment);
  if (!bytes.ok) return null;
  const utf8 = decodeUtf8Strict(bytes.bytes);
  if (!utf8.ok) return null;
  const json = parseJson(utf8.text);
  return json.ok && isJsonObject(json.value) ? json.value : null;
}

/** Ends of `count` dot-separated segments from `start` inside a run, or null when the run has fewer. */
function segmentEnds(text: string, start: number, runEnd: number, count: number): number[] | null {
  const ends: number[] = [];
  let from = start;
  while (ends.length < count) {
    if (from > runEnd) return null;
    let to = from;
    while (to < runEnd && text.charCodeAt(to) !== DOT) to++;
    ends.push(to);
    from = to + 1;
  }
  return ends;
}

/** A segment length no base64url text has (one character left over). */
function isImpossibleLength(length: number): boolean {
  return length % 4 === 1;
}

interface TokenShape {
  kind: 'jws' | 'jwe';
  end: number;
}

/** The token that starts at `start` inside a run: a JSON-object header, then 2 more segments (5 for a JWE). */
function readTokenAt(text: string, start: number, runEnd: number): TokenShape | null {
  if (!startsWithHeaderMark(text, start)) return null;
  const headerEnd = segmentEnds(text, start, runEnd, 1)?.[0] ?? start;
  const header = readHeaderObject(text.slice(start, headerEnd));
  if (!header) return null;
  // RFC 7516 §4.1.2: `enc` is what makes a header a JWE's.
  const kind = typeof header.enc === 'string' ? 'jwe' : 'jws';
  const ends = segmentEnds(text, start, runEnd, kind === 'jwe' ? 5 : 3);
  if (!ends) return null;
  let segmentStart = start;
  for (const [position, end] of ends.entries()) {
    const length = end - segmentStart;
    if (isImpossibleLength(length)) return null;
    // A JWE's IV, ciphertext and tag are never empty.
    if (kind === 'jwe' && position >= 2 && length === 0) return null;
    segmentStart = end + 1;
  }
  return { kind, end: ends[ends.length - 1] ?? start };
}

/** Where a JWS ends with the `~`-separated disclosures and key-binding JWT of an SD-JWT after it (RFC 9901 §4). */
function sdJwtEnd(text: string, jwsEnd: number): number {
  let end = jwsEnd;
  while (text.charCodeAt(end) === TILDE) end = runEndFrom(text, end + 1);
  return end;
}

interface LineStarts {
  /** Start of the token's physical line. */
  line: number;
  /** Start of the command it belongs to, across continued lines. */
  command: number;
}

function skipBackOver(text: string, index: number, floor: number, skip: (code: number) => boolean): number {
  let at = index;
  while (at >= floor && skip(text.charCodeAt(at))) at--;
  return at;
}

const isBlank = (code: number): boolean => code === SPACE || code === TAB || code === CR || code === LF;

/** The name a token is the value of: `"name": "<token>"` (JSON) or `name=<token>`; bounded look-back. */
function readName(text: string, start: number, end: number): { name: string | null; json: boolean; afterParameter: boolean; fragment: boolean } {
  const floor = Math.max(0, start - MAX_CONTEXT_CHARS);
  const before = start - 1;
  if (before >= 0 && text.charCodeAt(before) === QUOTE && text.charCodeAt(end) === QUOTE) {
    const colon = skipBackOver(text, before - 1, floor, isBlank);
    if (colon >= floor && text.charCodeAt(colon) === COLON) {
      const closing = skipBackOver(text, colon - 1, floor, isBlank);
      if (closing >= floor && text.charCodeAt(closing) === QUOTE) {
        let opening = closing - 1;
        while (opening >= floor && !(text.charCodeAt(opening) === QUOTE && text.charCodeAt(opening - 1) !== BACKSLASH)) opening--;
        if (opening >= floor) return { name: text.slice(opening + 1, closing), json: true, afterParameter: false, fragment: false };
      }
    }
  }
  if (before >= 0 && text.charCodeAt(before) === 0x23) return { name: null, json: false, afterParameter: false, fragment: true };
  if (before >= 0 && text.charCodeAt(before) === EQUALS) {
    let nameStart = before;
    while (nameStart > floor && PARAMETER_NAME.test(text.charAt(nameStart - 1))) nameStart--;
    const separator = text.charAt(nameStart - 1);
    const name = nameStart < before ? text.slice(nameStart, before) : null;
    return { name, json: false, afterParameter: separator === '?' || separator === '&' || separator === '#', fragment: false };
  }
  return { name: null, json: false, afterParameter: false, fragment: false };
}

/** Up to MAX_CONTEXT_CHARS characters from a line's start: enough to tell what the line is. */
function lineHead(text: string, lineStart: number): string {
  return text.slice(lineStart, Math.min(text.length, lineStart + MAX_CONTEXT_CHARS));
}

function isHttpMessage(text: string): boolean {
  let start = 0;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  const head = text.slice(start, Math.min(text.length, start + MAX_START_LINE_CHARS));
  const lineEnd = head.search(/\r?\n/);
  const firstLine = lineEnd < 0 ? head : head.slice(0, lineEnd);
  return HTTP_REQUEST_LINE.test(firstLine) || HTTP_STATUS_LINE.test(firstLine);
}

/**
 * The most specific place first: the command or header line it is on, then the value it is (JSON
 * member, URL parameter), then the HTTP message around it.
 */
function classify(text: string, start: number, end: number, lines: LineStarts, httpMessage: boolean): { source: TokenSource; name: string | null } {
  const { name, json, afterParameter, fragment } = readName(text, start, end);
  if (CURL_LINE.test(lineHead(text, lines.command))) return { source: 'curl', name };
  const line = lineHead(text, lines.line);
  if (AUTHORIZATION_LINE.test(line)) return { source: 'authorization-header', name };
  if (COOKIE_LINE.test(line)) return { source: 'cookie', name };
  if (json) return { source: 'json', name };
  if (afterParameter || fragment) return { source: 'url', name };
  return { source: httpMessage ? 'http' : 'text', name };
}

function searchText(text: string): Extract<TokenSearch, { kind: 'text' }> {
  const limit = Math.min(text.length, MAX_SEARCH_CHARS);
  const httpMessage = isHttpMessage(text);
  const candidates: TokenCandidate[] = [];
  const seen = new Set<string>();
  const lines: LineStarts = { line: 0, command: 0 };
  let lastVisible = -1;
  let i = 0;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (code === LF) {
      if (!LINE_CONTINUATIONS.has(lastVisible)) lines.command = i + 1;
      lines.line = i + 1;
      lastVisible = -1;
      i++;
      continue;
    }
    if (!isTokenCharacter(code)) {
      if (!isBlank(code)) lastVisible = code;
      i++;
      continue;
    }
    let runEnd = runEndFrom(text, i);
    let segmentStart = i;
    while (segmentStart < runEnd) {
      const token = readTokenAt(text, segmentStart, runEnd);
      if (!token) {
        segmentStart = (segmentEnds(text, segmentStart, runEnd, 1)?.[0] ?? runEnd) + 1;
        continue;
      }
      const end = token.kind === 'jws' ? sdJwtEnd(text, token.end) : token.end;
      const tokenText = text.slice(segmentStart, end);
      if (!seen.has(tokenText)) {
        if (candidates.length === MAX_CANDIDATES) return { kind: 'text', candidates, searchedChars: segmentStart, limited: true };
        seen.add(tokenText);
        const { source, name } = classify(text, segmentStart, end, lines, httpMessage);
        candidates.push({ index: candidates.length, kind: token.kind, start: segmentStart, end, source, name, token: tokenText });
      }
      runEnd = Math.max(runEnd, end);
      segmentStart = end + 1;
    }
    lastVisible = text.charCodeAt(runEnd - 1);
    i = runEnd;
  }
  return { kind: 'text', candidates, searchedChars: Math.min(i, text.length), limited: i < text.length };
}

/**
 * Returns `token` when the text reads as one token (keep decoding it whole), otherwise every distinct
 * JWS-shaped (3 segments) and JWE-shaped (5 segments) string in order of appearance, each with its
 * range, kind and where it was found; a JWS followed by `~` is taken with the SD-JWT pieces after it.
 * A candidate's header must be base64url of a JSON object, so
 * hostnames and paths are never read as parts. Linear; searches at most MAX_SEARCH_CHARS characters
 * and MAX_CANDIDATES tokens. Does not decode payloads or check signatures.
 */
export function findTokensInText(text: string): TokenSearch {
  return readsAsOneToken(text) ? { kind: 'token' } : searchText(text);
}
