import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict } from '../encoding/utf8';
import { parseJson, type JsonParsing } from '../json/parse-json';
import type { JsonValue } from '../json/json-value';
import type { DecodedToken, PartContent, PartDecoding, PartError, PartName, TokenPart } from './decoded-token';
import { normaliseInput, toInputRange, type InputMapping } from './normalise-input';

type PartReader = 'header' | 'payload' | 'bytes' | 'required-bytes';

interface Segment {
  text: string;
  start: number;
  end: number;
}

function describeJsonType(value: JsonValue): 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

// RFC 7515 §5.2: the header must be a JSON object.
function readHeader(bytes: Uint8Array): PartDecoding {
  const utf8 = decodeUtf8Strict(bytes);
  if (!utf8.ok) return { ok: false, error: { code: 'utf8-invalid', byteOffset: utf8.byteOffset }, bytes };
  const text = utf8.text;
  const json = parseJson(text);
  if (!json.ok) return { ok: false, error: json.error, bytes, text };
  const type = describeJsonType(json.value);
  if (type !== 'object') return { ok: false, error: { code: 'json-not-object', found: type }, bytes, text };
  return { ok: true, bytes, content: jsonContent(json, text) };
}

function jsonContent({ value, duplicates, omittedDuplicates }: Extract<JsonParsing, { ok: true }>, text: string): PartContent {
  return omittedDuplicates === undefined ? { type: 'json', value, text, duplicates } : { type: 'json', value, text, duplicates, omittedDuplicates };
}

function startsLikeJsonContainer(text: string): boolean {
  const first = text.trimStart().charCodeAt(0);
  return first === 0x7b || first === 0x5b;
}

// A JWS payload may be any octets (RFC 7515 §2); only text that opens like an object or array is
// held to JSON, so a broken claims set shows its error while plain text stays plain text.
function readPayload(bytes: Uint8Array): PartDecoding {
  const utf8 = decodeUtf8Strict(bytes);
  if (!utf8.ok) return { ok: false, error: { code: 'utf8-invalid', byteOffset: utf8.byteOffset }, bytes };
  const text = utf8.text;
  const json = parseJson(text);
  if (json.ok) return { ok: true, bytes, content: jsonContent(json, text) };
  if (startsLikeJsonContainer(text)) return { ok: false, error: json.error, bytes, text };
  return { ok: true, bytes, content: { type: 'text', text } };
}

/** Whole base64 quanta a valid UTF-8 prefix can end in: a cut character loses at most 3 bytes. */
const MAX_CUT_UTF8_BYTES = 3;

/**
 * A segment that is not base64url, decoded as far as it goes: the whole 4-character groups before
 * the bad character, as bytes and (when they are UTF-8, a cut last character dropped) as text, so
 * the pane shows what was readable instead of nothing.
 */
function decodeUpToError(segment: string, error: PartError): PartDecoding {
  if (error.code !== 'base64-invalid-character') return { ok: false, error };
  const prefix = decodeBase64Url(segment.slice(0, error.position - (error.position % 4)));
  if (!prefix.ok || prefix.bytes.length === 0) return { ok: false, error };
  const { bytes } = prefix;
  for (let cut = 0; cut <= MAX_CUT_UTF8_BYTES && cut < bytes.length; cut++) {
    const utf8 = decodeUtf8Strict(bytes.subarray(0, bytes.length - cut));
    if (utf8.ok) return { ok: false, error, bytes, text: utf8.text, partial: true };
  }
  return { ok: false, error, bytes, partial: true };
}

function decodePart<Name extends PartName>(name: Name, segment: Segment, reader: PartReader): TokenPart<Name> {
  const base = { name, segment: segment.text, start: segment.start, end: segment.end };
  if (segment.text.length === 0 && (reader === 'header' || reader === 'required-bytes')) {
    return { ...base, encodingNotes: [], decoding: { ok: false, error: { code: 'empty' } } };
  }
  const decoded = decodeBase64Url(segment.text);
  if (!decoded.ok) return { ...base, encodingNotes: [], decoding: decodeUpToError(segment.text, decoded.error) };
  const { bytes, notes } = decoded;
  switch (reader) {
    case 'header':
      return { ...base, encodingNotes: notes, decoding: readHeader(bytes) };
    case 'payload':
      return { ...base, encodingNotes: notes, decoding: readPayload(bytes) };
    case 'bytes':
    case 'required-bytes':
      return { ...base, encodingNotes: notes, decoding: { ok: true, bytes, content: { type: 'bytes' } } };
  }
}

/**
 * Parts decoded at most. A compact token has 3 or 5; a text of a million dots would otherwise cost
 * a million part objects (and the view a million elements), so the parts after these are only counted.
 */
export const MAX_TOKEN_PARTS = 16;

/** The first `MAX_TOKEN_PARTS` segments, and how many dot-separated segments there are in all. */
function splitSegments(text: string, mapping: InputMapping, inputOffset: number): { segments: Segment[]; count: number } {
  const segments: Segment[] = [];
  let from = 0;
  for (;;) {
    const dot = text.indexOf('.', from);
    const to = dot < 0 ? text.length : dot;
    const range = toInputRange(mapping, from, to);
    segments.push({ text: text.slice(from, to), start: inputOffset + range.start, end: inputOffset + range.end });
    if (dot < 0) return { segments, count: segments.length };
    from = dot + 1;
    if (segments.length === MAX_TOKEN_PARTS) return { segments, count: segments.length + 1 + countDots(text, from) };
  }
}

function countDots(text: string, from: number): number {
  let dots = 0;
  for (let at = text.indexOf('.', from); at >= 0; at = text.indexOf('.', at + 1)) dots++;
  return dots;
}

/**
 * Returns the compact JWS a token text's signature covers: the whole text, or of an SD-JWT the
 * issuer-signed JWT before the first `~` (RFC 9901 §4). Does not check either's form.
 */
export function readIssuerJwt(text: string): string {
  const tilde = text.indexOf('~');
  return tilde < 0 ? text : text.slice(0, tilde);
}

/**
 * Returns every dot-separated part of a compact JWS or JWE, each decoded as far as it goes (base64url,
 * then UTF-8, then JSON for the header and a JSON-looking payload); never throws, and does not
 * verify signatures, decrypt, or judge any header or claim. `inputOffset` is where `input` starts in
 * a larger text the part ranges should point into (a token found in a pasted log). Of a text with
 * more than `MAX_TOKEN_PARTS` parts only the first ones are decoded; the rest are counted. Of an
 * SD-JWT (`~`-separated) only the issuer-signed JWT before the first `~` is split into parts.
 */
export function decodeToken(input: string, inputOffset = 0): DecodedToken {
  const { normalisation, mapping } = normaliseInput(input);
  if (normalisation.text.length === 0) return { kind: 'empty' };
  // An SD-JWT's disclosures and key-binding JWT follow its issuer-signed JWT after `~` (RFC 9901 §4):
  // the parts are the issuer JWT's; core/sd-jwt reads the rest from the normalised text.
  const { segments, count } = splitSegments(readIssuerJwt(normalisation.text), mapping, inputOffset);
  const [first, second, third, fourth, fifth] = segments;

  if (count === 3 && first && second && third) {
    return {
      kind: 'jws',
      normalisation,
      parts: [
        decodePart('header', first, 'header'),
        decodePart('payload', second, 'payload'),
        decodePart('signature', third, 'bytes'),
      ],
      signingInput: `${first.text}.${second.text}`,
    };
  }

  if (count === 5 && first && second && third && fourth && fifth) {
    return {
      kind: 'jwe',
      normalisation,
      parts: [
        decodePart('header', first, 'header'),
        decodePart('encrypted-key', second, 'bytes'),
        decodePart('iv', third, 'bytes'),
        decodePart('ciphertext', fourth, 'required-bytes'),
        decodePart('tag', fifth, 'required-bytes'),
      ],
    };
  }

  // Extra parts are shown as bytes under the last JWS name; the view keys them by index.
  const parts: TokenPart[] = segments.map((segment, index) => {
    if (index === 0) return decodePart('header', segment, 'header');
    if (index === 1) return decodePart('payload', segment, 'payload');
    return decodePart('signature', segment, 'bytes');
  });
  return { kind: 'malformed', normalisation, error: { code: 'wrong-part-count', found: count }, parts, omittedParts: count - parts.length };
}
