import { encodeHex } from '../../../core/encoding/hex';
import { decodeUtf8Strict } from '../../../core/encoding/utf8';
import { formatJson } from '../../../core/json/format-json';
import { scanJson } from '../../../core/json/parse-json';

/** Bytes of a binary plaintext shown as hex; the rest is counted, not drawn. */
export const MAX_HEX_BYTES = 64 * 1024;

/**
 * Longer plaintexts (up to the 10 MB that `zip` may inflate to) are shown as decrypted: checking and
 * re-indenting megabytes of JSON on the page would hold typing for a large part of a second.
 */
export const MAX_PRETTY_CHARS = 256 * 1024;

/** A decrypted plaintext as the decoder shows it. */
export type Plaintext =
  | {
      kind: 'text';
      /** The text to show: re-indented when it is JSON, as decrypted otherwise. */
      shown: string;
      json: boolean;
      /** The compact token inside, when the plaintext is a JWS or the header's `cty` says JWT. */
      nested: string | null;
      bytes: number;
      /** Longer than MAX_PRETTY_CHARS: shown as decrypted, whether JSON or not. */
      large: boolean;
    }
  | { kind: 'binary'; hex: string; bytes: number; /** Where the first byte that is not UTF-8 is. */ invalidAt: number; hexTruncated: boolean };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
// RFC 7519 §5.2: "JWT" (any case) marks a nested token; the media type form is accepted too.
const JWT_CONTENT_TYPE = /^(?:application\/)?jwt$/i;

/** Returns whether the header's `cty` names a nested JWT. */
export function saysNestedJwt(cty: unknown): boolean {
  return typeof cty === 'string' && JWT_CONTENT_TYPE.test(cty);
}

/**
 * Returns how to show a decrypted plaintext: UTF-8 text (pretty when JSON and not longer than
 * MAX_PRETTY_CHARS, with the nested compact token when there is one), or hex with the offset of the
 * first byte that is not UTF-8. Does not decode or check the nested token.
 */
export function readPlaintext(bytes: Uint8Array, cty: unknown): Plaintext {
  const decoding = decodeUtf8Strict(bytes);
  if (!decoding.ok) {
    return { kind: 'binary', hex: encodeHex(bytes.subarray(0, MAX_HEX_BYTES)), bytes: bytes.length, invalidAt: decoding.byteOffset, hexTruncated: bytes.length > MAX_HEX_BYTES };
  }
  const { text } = decoding;
  const compact = text.trim();
  const nested = COMPACT_JWS.test(compact) || saysNestedJwt(cty) ? compact : null;
  const large = text.length > MAX_PRETTY_CHARS;
  const json = nested === null && !large && scanJson(text).ok;
  return { kind: 'text', shown: json ? formatJson(text) : text, json, nested, bytes: bytes.length, large };
}
