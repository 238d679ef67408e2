import { findPemLabel } from './parse-pem';
import { hasPrivateMembers, parseKeyJson, type KeyJsonParsing } from './parse-jwk';

/** What the key input holds; equal to the UI contract's `key-format` `data-format` values. */
export type KeyFormat = 'none' | 'secret' | 'pem-spki' | 'pem-pkcs1' | 'pem-x509' | 'jwk' | 'jwks' | 'private-key' | 'unknown';

/** Key text longer than this (in UTF-16 code units) is refused unread: no real key comes close. */
export const MAX_KEY_TEXT_LENGTH = 1_048_576;

const PEM_FORMATS: ReadonlyMap<string, KeyFormat> = new Map([
  ['PUBLIC KEY', 'pem-spki'],
  ['RSA PUBLIC KEY', 'pem-pkcs1'],
  ['CERTIFICATE', 'pem-x509'],
  ['X509 CERTIFICATE', 'pem-x509'],
  ['PRIVATE KEY', 'private-key'],
  ['RSA PRIVATE KEY', 'private-key'],
  ['EC PRIVATE KEY', 'private-key'],
]);

/** Returns the KeyFormat a PEM label stands for (`unknown` for any other label). */
export function formatOfPemLabel(label: string): KeyFormat {
  return PEM_FORMATS.get(label) ?? 'unknown';
}

// For JSON that does not parse: guess from member names, so a broken JWK reports its JSON error
// instead of being taken for an HMAC secret.
function guessBrokenJson(text: string): KeyFormat {
  if (/"keys"\s*:/.test(text)) return 'jwks';
  if (/"kty"\s*:/.test(text)) return /"(?:d|p|q|dp|dq|qi|oth|priv)"\s*:/.test(text) ? 'private-key' : 'jwk';
  return 'secret';
}

/** A key text's format, with its JSON value or error when it was read as JSON (so callers need not parse twice). */
export interface KeyTextClassification {
  format: KeyFormat;
  json?: KeyJsonParsing;
}

/** Returns detectKeyFormat's answer together with the JSON reading it was based on, if any; does not read PEM bodies. */
export function classifyKeyText(text: string): KeyTextClassification {
  const trimmed = text.trim();
  if (trimmed === '') return { format: 'none' };
  if (text.length > MAX_KEY_TEXT_LENGTH) return { format: 'unknown' };
  const label = findPemLabel(text);
  if (label === null) return { format: 'unknown' };
  if (label !== undefined) return { format: formatOfPemLabel(label) };

  const first = trimmed.charAt(0);
  if (first !== '{' && first !== '[') return { format: 'secret' };
  const json = parseKeyJson(text);
  if (!json.ok) {
    if (json.error.code === 'json-too-deep') return { format: 'unknown', json };
    return first === '{' ? { format: guessBrokenJson(trimmed), json } : { format: 'secret' };
  }
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { format: 'unknown', json };
  if (Object.hasOwn(value, 'keys')) return { format: 'jwks', json };
  if (Object.hasOwn(value, 'kty')) return { format: hasPrivateMembers(value) ? 'private-key' : 'jwk', json };
  return { format: 'unknown', json };
}

/**
 * Returns what the key text looks like: PEM armour by its label, a JSON object as JWK / JWKS /
 * private JWK, empty as `none`, anything else as an HMAC `secret`; does not check that the key is
 * readable (parseKeyInput does) or fits any algorithm.
 */
export function detectKeyFormat(text: string): KeyFormat {
  return classifyKeyText(text).format;
}
