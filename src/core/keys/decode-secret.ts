import { decodeBase64Url } from '../encoding/base64url';
import type { KeyError } from './key-error';
import type { KeyNote } from './key-note';
import { encodeUtf8 } from '../encoding/utf8';

/** How an HMAC secret's text becomes bytes; equal to the UI contract's `secret-encoding` values. */
export type SecretEncoding = 'utf8' | 'base64url' | 'base64' | 'hex';

/** The HMAC key bytes (with notes), or where the text breaks its encoding. */
export type SecretDecoding = { ok: true; bytes: Uint8Array; notes: KeyNote[] } | { ok: false; error: KeyError };

function leadingWhitespaceLength(text: string): number {
  return text.length - text.trimStart().length;
}

function decodeBase64Secret(text: string): SecretDecoding {
  const offset = leadingWhitespaceLength(text);
  const decoded = decodeBase64Url(text.trim());
  if (!decoded.ok) {
    const error = decoded.error;
    return error.code === 'base64-invalid-character'
      ? { ok: false, error: { code: 'secret-bad-base64', position: error.position + offset, character: error.character } }
      : { ok: false, error: { code: 'secret-bad-base64-length', length: error.length } };
  }
  return { ok: true, bytes: decoded.bytes, notes: decoded.notes.length > 0 ? ['secret-non-canonical-encoding'] : [] };
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

function decodeHexSecret(text: string): SecretDecoding {
  let offset = leadingWhitespaceLength(text);
  let digits = text.trim();
  if (/^0x/i.test(digits)) {
    digits = digits.slice(2);
    offset += 2;
  }
  const bytes = new Uint8Array(digits.length >> 1);
  for (let i = 0; i < digits.length; i++) {
    const value = hexValue(digits.charCodeAt(i));
    if (value < 0) {
      return { ok: false, error: { code: 'secret-bad-hex', position: i + offset, character: String.fromCodePoint(digits.codePointAt(i) ?? 0) } };
    }
    if (i % 2 === 0) bytes[i >> 1] = value << 4;
    else bytes[i >> 1] = (bytes[i >> 1] ?? 0) | value;
  }
  if (digits.length % 2 !== 0) return { ok: false, error: { code: 'secret-odd-hex-length', length: digits.length } };
  return { ok: true, bytes, notes: [] };
}

/**
 * Returns the HMAC key bytes for a secret's text in the chosen encoding (UTF-8 text is used exactly,
 * never trimmed or normalised; the other encodings ignore surrounding whitespace); does not judge
 * the secret's strength.
 */
export function decodeSecret(text: string, encoding: SecretEncoding): SecretDecoding {
  switch (encoding) {
    case 'utf8':
      return { ok: true, bytes: encodeUtf8(text), notes: text.trim() === text ? [] : ['secret-surrounding-whitespace'] };
    case 'base64url':
    case 'base64':
      return decodeBase64Secret(text);
    case 'hex':
      return decodeHexSecret(text);
  }
}
