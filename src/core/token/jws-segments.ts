import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict, encodeUtf8 } from '../encoding/utf8';
import { isJsonObject, type JsonObject } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import type { JwsPartName } from './decoded-token';

/** The three dot-separated segments of a compact JWS, as written. */
export type JwsSegments = Record<JwsPartName, string>;

/** The parts of a compact JWS in token order. */
export const JWS_PART_NAMES: readonly JwsPartName[] = ['header', 'payload', 'signature'];

/** Returns the three segments of a compact JWS, or null when the text has not exactly three; does not decode them. */
export function splitJwsSegments(token: string): JwsSegments | null {
  const segments = token.split('.');
  if (segments.length !== 3) return null;
  const [header = '', payload = '', signature = ''] = segments;
  return { header, payload, signature };
}

/** Returns the compact serialisation of three segments; does not check them. */
export function joinJwsSegments(segments: JwsSegments): string {
  return `${segments.header}.${segments.payload}.${segments.signature}`;
}

/** Returns the base64url of a text's UTF-8 bytes (a header or payload segment); does not check the text is JSON. */
export function encodeTextSegment(text: string): string {
  return encodeBase64Url(encodeUtf8(text));
}

/** Returns the segment of a header object as `JSON.stringify` writes it (no spaces, members in order); does not check its members. */
export function encodeHeaderSegment(header: JsonObject): string {
  return encodeTextSegment(JSON.stringify(header));
}

/** Returns the UTF-8 text a segment encodes, or null when it is not base64url of UTF-8; does not parse it. */
export function decodeTextSegment(segment: string): string | null {
  const decoded = decodeBase64Url(segment);
  if (!decoded.ok) return null;
  const text = decodeUtf8Strict(decoded.bytes);
  return text.ok ? text.text : null;
}

/** Returns the JSON object a header segment holds, or null when it holds none; duplicate names keep the last. */
export function readHeaderObject(segment: string): JsonObject | null {
  const text = decodeTextSegment(segment);
  if (text === null) return null;
  const parsed = parseJson(text);
  return parsed.ok && isJsonObject(parsed.value) ? parsed.value : null;
}

/** Returns the ASCII bytes of `header.payload`, what a JWS signature covers; does not check the segments. */
export function encodeSigningInput(segments: Pick<JwsSegments, 'header' | 'payload'>): Uint8Array {
  return encodeUtf8(`${segments.header}.${segments.payload}`);
}

/**
 * Returns a header segment holding the segment's header object (or an empty object when it holds
 * none) with `changes` applied in place, members in their written order; JSON.stringify writes it.
 */
export function rewriteHeaderSegment(segment: string, changes: JsonObject): string {
  return encodeHeaderSegment({ ...readHeaderObject(segment), ...changes });
}
