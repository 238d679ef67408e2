import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';

/** One `-----BEGIN X----- … -----END X-----` block. Offsets are indexes into the parsed text. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
  start: number;
  end: number;
  /** RFC 1421 header lines before the body (`Proc-Type: …`), as written. */
  headers: string[];
}

/**
 * Why PEM text could not be read. `line` and `column` are 1-based in the whole text; `position` in
 * `pem-bad-base64` is the 0-based index within the block's body (the text between the armour lines).
 */
export type PemError =
  | { code: 'pem-no-armour' }
  | { code: 'pem-bad-armour'; line: number; column: number }
  | { code: 'pem-missing-end'; label: string; line: number }
  | { code: 'pem-label-mismatch'; begin: string; end: string; line: number }
  | { code: 'pem-encrypted'; label: string }
  | { code: 'pem-empty-body'; label: string }
  | { code: 'pem-bad-base64'; position: number; line: number; column: number; character: string }
  | { code: 'pem-bad-base64-length'; label: string; length: number };

/** Every PEM block in the text, or the first problem. */
export type PemParsing = { ok: true; blocks: PemBlock[] } | { ok: false; error: PemError };

/** Blocks beyond this many are ignored (a pasted chain is a handful; this bounds the work). */
export const MAX_PEM_BLOCKS = 32;

/** The label OpenSSL writes before an `EC PRIVATE KEY` block; it is never the key itself. */
export const EC_PARAMETERS = 'EC PARAMETERS';
const BEGIN = '-----BEGIN';
const END = '-----END';
// RFC 7468 §3: a label is printable ASCII without '-', single spaces allowed inside.
const BEGIN_LINE = /-----BEGIN ([\x21-\x2c\x2e-\x7e]+(?: [\x21-\x2c\x2e-\x7e]+)*)?-----/y;
const END_LINE = /-----END ([\x21-\x2c\x2e-\x7e]+(?: [\x21-\x2c\x2e-\x7e]+)*)?-----/y;

function isBase64Value(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}

function locate(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

function isWhitespace(character: string): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === '\r' || character === '\f' || character === '\v';
}

/** Splits RFC 1421 header lines off the front of a body; returns the headers and where the base64 starts. */
function splitHeaders(body: string): { headers: string[]; dataStart: number } {
  const headers: string[] = [];
  let position = 0;
  for (;;) {
    while (position < body.length && isWhitespace(body.charAt(position)) && body.charAt(position) !== '\n') position++;
    if (body.charAt(position) === '\n') {
      position++;
      if (headers.length > 0) break;
      continue;
    }
    const lineEnd = body.indexOf('\n', position);
    const line = body.slice(position, lineEnd === -1 ? body.length : lineEnd).trim();
    if (!/^[A-Za-z][A-Za-z0-9-]*:/.test(line)) break;
    headers.push(line);
    if (lineEnd === -1) return { headers, dataStart: body.length };
    position = lineEnd + 1;
  }
  return { headers, dataStart: headers.length === 0 ? 0 : position };
}

type BodyDecoding = { ok: true; der: Uint8Array } | { ok: false; error: PemError };

function decodeBody(text: string, bodyStart: number, body: string, dataStart: number, label: string): BodyDecoding {
  const chunks: string[] = [];
  let runStart = -1;
  let dataLength = 0;
  let padding = 0;
  const fail = (index: number, character: string): BodyDecoding => ({
    ok: false,
    error: { code: 'pem-bad-base64', position: index, ...locate(text, bodyStart + index), character },
  });
  const flush = (index: number): void => {
    if (runStart !== -1) chunks.push(body.slice(runStart, index));
    runStart = -1;
  };
  for (let i = dataStart; i < body.length; i++) {
    const character = body.charAt(i);
    if (isBase64Value(body.charCodeAt(i))) {
      if (padding > 0) return fail(i, character);
      if (runStart === -1) runStart = i;
      dataLength++;
      continue;
    }
    flush(i);
    if (isWhitespace(character)) continue;
    // A PEM copied out of a JSON string keeps its line breaks as the two characters `\n`.
    if (character === '\\' && /[nrt]/.test(body.charAt(i + 1))) {
      i++;
      continue;
    }
    if (character === '=' && padding < 2) {
      padding++;
      continue;
    }
    const codePoint = body.codePointAt(i) ?? 0;
    return fail(i, String.fromCodePoint(codePoint));
  }
  flush(body.length);
  if (dataLength === 0) return { ok: false, error: { code: 'pem-empty-body', label } };
  const remainder = dataLength % 4;
  if (remainder === 1 || (padding > 0 && (dataLength + padding) % 4 !== 0)) {
    return { ok: false, error: { code: 'pem-bad-base64-length', label, length: dataLength + padding } };
  }
  const decoded = decodeBase64Url(chunks.join(''));
  if (!decoded.ok) return { ok: false, error: { code: 'pem-bad-base64-length', label, length: dataLength + padding } };
  return { ok: true, der: decoded.bytes };
}

/**
 * Returns every PEM block in the text (RFC 7468; text around the blocks is ignored) with its DER
 * bytes, or the first armour or base64 problem; does not look inside the DER.
 */
export function parsePem(text: string): PemParsing {
  const blocks: PemBlock[] = [];
  let searchFrom = 0;
  while (blocks.length < MAX_PEM_BLOCKS) {
    const start = text.indexOf(BEGIN, searchFrom);
    if (start === -1) break;
    BEGIN_LINE.lastIndex = start;
    const begin = BEGIN_LINE.exec(text);
    if (begin?.[1] === undefined) return { ok: false, error: { code: 'pem-bad-armour', ...locate(text, start) } };
    const label = begin[1];
    const bodyStart = BEGIN_LINE.lastIndex;
    const endStart = text.indexOf(END, bodyStart);
    const nextBegin = text.indexOf(BEGIN, bodyStart);
    if (endStart === -1 || (nextBegin !== -1 && nextBegin < endStart)) {
      return { ok: false, error: { code: 'pem-missing-end', label, line: locate(text, start).line } };
    }
    END_LINE.lastIndex = endStart;
    const end = END_LINE.exec(text);
    if (end?.[1] === undefined) return { ok: false, error: { code: 'pem-bad-armour', ...locate(text, endStart) } };
    if (end[1] !== label) {
      return { ok: false, error: { code: 'pem-label-mismatch', begin: label, end: end[1], line: locate(text, endStart).line } };
    }
    const body = text.slice(bodyStart, endStart);
    const { headers, dataStart } = splitHeaders(body);
    if (headers.some((header) => /^Proc-Type:.*ENCRYPTED/i.test(header))) {
      return { ok: false, error: { code: 'pem-encrypted', label } };
    }
    const decoded = decodeBody(text, bodyStart, body, dataStart, label);
    if (!decoded.ok) return decoded;
    blocks.push({ label, der: decoded.der, start, end: END_LINE.lastIndex, headers });
    searchFrom = END_LINE.lastIndex;
  }
  if (blocks.length === 0) return { ok: false, error: { code: 'pem-no-armour' } };
  return { ok: true, blocks };
}

/**
 * Returns the label of the first PEM BEGIN line that is not `EC PARAMETERS` (or `EC PARAMETERS` when
 * that is all there is), `null` for broken BEGIN armour, `undefined` when there is none; does not read the body.
 */
export function findPemLabel(text: string): string | null | undefined {
  let searchFrom = 0;
  let found: string | undefined;
  for (;;) {
    const start = text.indexOf(BEGIN, searchFrom);
    if (start === -1) return found;
    BEGIN_LINE.lastIndex = start;
    const label = BEGIN_LINE.exec(text)?.[1];
    if (label === undefined) return found ?? null;
    if (label !== EC_PARAMETERS) return label;
    found = label;
    searchFrom = BEGIN_LINE.lastIndex;
  }
}

/** Returns PEM text for DER bytes under `label`, 64 characters a line; does not check that the DER fits the label. */
export function formatPem(label: string, der: Uint8Array): string {
  const base64url = encodeBase64Url(der);
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64url.length % 4)) % 4);
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += 64) lines.push(base64.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
