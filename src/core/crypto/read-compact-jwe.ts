import { decodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict } from '../encoding/utf8';
import type { JsonObject } from '../json/json-value';
import { parseJson } from '../json/parse-json';
import { failJwe, type JweDecryptionFailure, type JweReasonCode } from './jwe-decryption';
import { findBase64UrlProblem } from './read-compact-jws';
import type { ReasonParams } from './verification-result';

/** A compact JWE that passed every check that needs no key. */
export interface CompactJwe {
  /** The token as given to jose: the five segments joined by dots. */
  token: string;
  header: JsonObject;
  alg: string;
  enc: string;
  /** Length of the decoded ciphertext segment. */
  ciphertextBytes: number;
}

/** The JWE ready for decryption, or why it is refused as malformed. */
export type CompactJweReading = { ok: true; jwe: CompactJwe } | { ok: false; failure: JweDecryptionFailure };

const PART_NAMES = ['header', 'encrypted-key', 'iv', 'ciphertext', 'tag'] as const;

function malformed(reason: JweReasonCode, params: ReasonParams = {}): CompactJweReading {
  return { ok: false, failure: failJwe('malformed', reason, params) };
}

/**
 * Returns the protected header, `alg` and `enc` of a compact JWE after the checks that need no key:
 * five segments of strict base64url, a UTF-8 JSON object header with string `alg` and `enc`, no
 * `crit` (jose understands no JWE extension). Does not check that `alg` or `enc` is known.
 */
export function readCompactJwe(input: string): CompactJweReading {
  const token = input.trim();
  const segments = token.split('.');
  if (segments.length !== 5) return malformed('token-not-compact-jwe', { parts: segments.length });
  for (const [index, segment] of segments.entries()) {
    const problem = findBase64UrlProblem(segment);
    if (problem !== null) return malformed('segment-not-base64url', { part: PART_NAMES[index] ?? 'header', ...problem });
  }
  const headerBytes = decodeBase64Url(segments[0] ?? '');
  const headerText = headerBytes.ok ? decodeUtf8Strict(headerBytes.bytes) : null;
  if (headerText === null || !headerText.ok) return malformed('header-not-utf8', { byteOffset: headerText?.ok === false ? headerText.byteOffset : 0 });
  const parsed = parseJson(headerText.text);
  if (!parsed.ok) return malformed('header-not-json', { problem: parsed.error.code, position: parsed.error.position });
  const header = parsed.value;
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return malformed('header-not-object');
  const { alg, enc } = header;
  if (typeof alg !== 'string' || alg === '') return malformed('alg-missing');
  if (typeof enc !== 'string' || enc === '') return malformed('enc-missing');
  if (Object.hasOwn(header, 'crit')) {
    // RFC 7516 §4.1.13: an extension the recipient does not understand makes the token unusable.
    const names = Array.isArray(header.crit) ? header.crit.filter((name): name is string => typeof name === 'string') : [];
    return malformed('crit-unknown', { names });
  }
  const ciphertext = decodeBase64Url(segments[3] ?? '');
  return { ok: true, jwe: { token, header, alg, enc, ciphertextBytes: ciphertext.ok ? ciphertext.bytes.length : 0 } };
}
