import type { EncodingNote, PartError } from '../token/decoded-token';

/** The base64 failures, as they appear in a part's `PartError`. */
export type Base64Error = Extract<PartError, { code: 'base64-invalid-character' | 'base64-invalid-length' }>;

/** The decoded bytes with any non-canonical notes, or the first problem found. */
export type Base64Decoding =
  | { ok: true; bytes: Uint8Array; notes: EncodingNote[] }
  | { ok: false; error: Base64Error };

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Table entries are a 6-bit value plus flag bits, so one OR over a whole segment tells whether any
// character was invalid or from the standard alphabet without a second pass.
const STANDARD_FLAG = 0x40;
const INVALID_FLAG = 0x80;
const PLUS = 0x2b;
const SLASH = 0x2f;
const EQUALS = 0x3d;

// Indexed by UTF-16 code unit below 128.
const SEXTETS = createSextetTable();

function createSextetTable(): Uint8Array {
  const table = new Uint8Array(128).fill(INVALID_FLAG);
  for (let i = 0; i < URL_ALPHABET.length; i++) table[URL_ALPHABET.charCodeAt(i)] = i;
  table[PLUS] = 62 | STANDARD_FLAG;
  table[SLASH] = 63 | STANDARD_FLAG;
  return table;
}

function sextetAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code < 128 ? (SEXTETS[code] ?? INVALID_FLAG) : INVALID_FLAG;
}

/**
 * Returns the 6-bit value a base64url character stands for; `+` and `/` of the standard alphabet
 * count only when `acceptStandard` is set. Null for any other text, `=` included.
 */
export function readSextet(character: string, acceptStandard = false): number | null {
  if (character.length !== 1) return null;
  const entry = sextetAt(character, 0);
  if ((entry & INVALID_FLAG) !== 0) return null;
  if ((entry & STANDARD_FLAG) !== 0) return acceptStandard ? entry & 0x3f : null;
  return entry;
}

/** Returns the base64url character of a 6-bit value (0–63); does not check the range. */
export function sextetCharacter(value: number): string {
  return URL_ALPHABET.charAt(value);
}

function findInvalidCharacter(text: string, end: number): Base64Error {
  let position = 0;
  while (position < end && (sextetAt(text, position) & INVALID_FLAG) === 0) position++;
  const codePoint = text.codePointAt(position) ?? 0;
  return { code: 'base64-invalid-character', position, character: String.fromCodePoint(codePoint) };
}

/** `Uint8Array.fromBase64` (ES2026), where the engine has it; not in TypeScript's ES2023 library. */
type NativeFromBase64 = (text: string, options: { alphabet: 'base64url'; lastChunkHandling: 'loose' }) => Uint8Array;

/** Only characters of the URL alphabet: nothing for the loop below to note or report. */
const CANONICAL_ALPHABET = /^[A-Za-z0-9_-]*$/;

/**
 * The engine's decoder for the usual segment, URL alphabet only and of a length base64 can have:
 * ~10x faster than the loop for a large payload. The loop's only finding left to make is the
 * non-zero trailing bits, read from the last character. Null when the segment needs the loop.
 */
function decodeNatively(text: string): Base64Decoding | null {
  const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: NativeFromBase64 }).fromBase64;
  if (nativeFromBase64 === undefined || text.length % 4 === 1 || !CANONICAL_ALPHABET.test(text)) return null;
  const bytes = nativeFromBase64.call(Uint8Array, text, { alphabet: 'base64url', lastChunkHandling: 'loose' });
  const last = text.length % 4 === 0 ? 0 : sextetAt(text, text.length - 1);
  const trailingBits = text.length % 4 === 2 ? last & 0x0f : text.length % 4 === 3 ? last & 0x03 : 0;
  return { ok: true, bytes, notes: trailingBits !== 0 ? ['non-zero-trailing-bits'] : [] };
}

/**
 * Returns the bytes of a base64url segment, also accepting the standard alphabet and `=` padding
 * (each reported as a note); does not accept whitespace and does not check what the bytes mean.
 */
export function decodeBase64Url(text: string): Base64Decoding {
  return decodeNatively(text) ?? decodeByLoop(text);
}

/** `decodeBase64Url` in plain JavaScript: every engine, every segment (exported for the tests that compare the two). */
export function decodeByLoop(text: string): Base64Decoding {
  let dataLength = text.length;
  while (dataLength > 0 && text.charCodeAt(dataLength - 1) === EQUALS) dataLength--;
  const paddingLength = text.length - dataLength;
  const remainder = dataLength % 4;
  const fullGroups = (dataLength - remainder) / 4;

  const bytes = new Uint8Array(fullGroups * 3 + (remainder > 1 ? remainder - 1 : 0));
  let flags = 0;
  let out = 0;
  let i = 0;
  for (let group = 0; group < fullGroups; group++, i += 4) {
    const a = sextetAt(text, i);
    const b = sextetAt(text, i + 1);
    const c = sextetAt(text, i + 2);
    const d = sextetAt(text, i + 3);
    flags |= a | b | c | d;
    const quantum = ((a & 63) << 18) | ((b & 63) << 12) | ((c & 63) << 6) | (d & 63);
    bytes[out++] = quantum >> 16;
    bytes[out++] = (quantum >> 8) & 0xff;
    bytes[out++] = quantum & 0xff;
  }
  let tail = 0;
  for (let k = i; k < dataLength; k++) {
    const sextet = sextetAt(text, k);
    flags |= sextet;
    tail = (tail << 6) | (sextet & 63);
  }

  if ((flags & INVALID_FLAG) !== 0) return { ok: false, error: findInvalidCharacter(text, dataLength) };
  if (remainder === 1) return { ok: false, error: { code: 'base64-invalid-length', length: dataLength } };
  // Allow missing padding, but never more `=` than would complete the last quantum.
  const allowedPadding = remainder === 0 ? 0 : 4 - remainder;
  if (paddingLength > allowedPadding) {
    return { ok: false, error: { code: 'base64-invalid-character', position: dataLength + allowedPadding, character: '=' } };
  }

  let trailingBits = 0;
  if (remainder === 2) {
    bytes[out] = tail >> 4;
    trailingBits = tail & 0x0f;
  } else if (remainder === 3) {
    bytes[out++] = tail >> 10;
    bytes[out] = (tail >> 2) & 0xff;
    trailingBits = tail & 0x03;
  }

  const notes: EncodingNote[] = [];
  if ((flags & STANDARD_FLAG) !== 0) notes.push('standard-alphabet');
  if (paddingLength > 0) notes.push('padding');
  if (trailingBits !== 0) notes.push('non-zero-trailing-bits');
  return { ok: true, bytes, notes };
}

/** `Uint8Array.prototype.toBase64` (ES2026), where the engine has it; not in TypeScript's ES2023 library. */
type NativeBase64 = (options: { alphabet: 'base64url'; omitPadding: boolean }) => string;

/** Returns the canonical base64url text of `bytes` (URL alphabet, no padding); does not wrap lines. */
export function encodeBase64Url(bytes: Uint8Array): string {
  // The engine's own encoder where there is one: the loop below took ~600 ms for a 5 MB payload.
  const native = (bytes as Uint8Array & { toBase64?: NativeBase64 }).toBase64;
  if (typeof native === 'function') return native.call(bytes, { alphabet: 'base64url', omitPadding: true });
  return encodeBase64UrlInJs(bytes);
}

/** encodeBase64Url for engines without `toBase64`; exported for its tests. */
export function encodeBase64UrlInJs(bytes: Uint8Array): string {
  const chunks: string[] = [];
  let chunk = '';
  const fullLength = bytes.length - (bytes.length % 3);
  for (let i = 0; i < fullLength; i += 3) {
    const quantum = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk +=
      URL_ALPHABET.charAt(quantum >> 18) +
      URL_ALPHABET.charAt((quantum >> 12) & 63) +
      URL_ALPHABET.charAt((quantum >> 6) & 63) +
      URL_ALPHABET.charAt(quantum & 63);
    // Flushing every few KB keeps the string from becoming a very deep rope.
    if (chunk.length >= 8192) {
      chunks.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - fullLength;
  if (rest === 1) {
    const quantum = (bytes[fullLength] ?? 0) << 16;
    chunk += URL_ALPHABET.charAt(quantum >> 18) + URL_ALPHABET.charAt((quantum >> 12) & 63);
  } else if (rest === 2) {
    const quantum = ((bytes[fullLength] ?? 0) << 16) | ((bytes[fullLength + 1] ?? 0) << 8);
    chunk +=
      URL_ALPHABET.charAt(quantum >> 18) + URL_ALPHABET.charAt((quantum >> 12) & 63) + URL_ALPHABET.charAt((quantum >> 6) & 63);
  }
  chunks.push(chunk);
  return chunks.join('');
}
