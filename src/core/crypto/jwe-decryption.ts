import type { KeyError } from '../keys/key-error';
import type { ReasonParams } from './verification-result';

/** A successful decryption: the plaintext bytes (inflated when `zip` was `DEF`) and what was used. */
export interface JweDecrypted {
  status: 'decrypted';
  plaintext: Uint8Array;
  alg: string;
  enc: string;
  /** For a JWK Set: the member that decrypted (its index in `keys`, and its `kid` if it has one). */
  keyUsed?: { kid?: string; index: number };
  /** For `zip: "DEF"`: the ciphertext's length (for CBC it includes 1–16 padding bytes), the inflated length and their ratio. */
  zip?: { compressedBytes: number; inflatedBytes: number; ratio: number };
}

/** Why nothing was decrypted; equal to the values the decoder's decryption status will show. */
export type JweFailureStatus =
  | 'wrong-key-or-tampered'
  | 'unsupported'
  | 'key-needed'
  | 'public-key-given'
  | 'key-unreadable'
  | 'key-mismatch'
  | 'pbes2-count-refused'
  | 'malformed'
  | 'zip-too-large';

/**
 * Stable kebab-case reason codes, translated by the UI; message parameters are in `params`.
 * malformed: token-not-compact-jwe (parts), segment-not-base64url (part, problem, position|length),
 * header-not-utf8 (byteOffset), header-not-json (problem, position), header-not-object, alg-missing,
 * enc-missing, crit-unknown (names), p2c-invalid, jwe-invalid (errorName: jose refused the token).
 * unsupported: alg-unsupported (alg: RSA1_5), alg-unknown (alg), enc-unknown (enc), zip-unsupported (zip),
 * zip-unavailable (no DecompressionStream), aes-192-unavailable (alg, enc), key-unsupported (alg),
 * decryption-unsupported (alg, enc, errorName).
 * key-needed: key-missing. public-key-given: key-public (alg, format).
 * key-unreadable: key-unreadable (format, with `keyError`), key-import-failed (alg, errorName).
 * key-mismatch: key-type-mismatch (alg, keyType), key-length-mismatch (alg, bytes, expectedBytes),
 * curve-mismatch (alg, curve, epkCurve), jwk-use-mismatch (use), jwk-key-ops-mismatch (keyOps, operation),
 * jwk-alg-mismatch (alg, jwkAlg), kid-not-found (kid), jwks-no-matching-key (alg).
 * pbes2-count-refused: p2c-too-large (p2c, maxCount). zip-too-large: zip-too-large (maxBytes).
 * wrong-key-or-tampered: wrong-key (alg, enc, keysTried).
 */
export type JweReasonCode =
  | 'token-not-compact-jwe'
  | 'segment-not-base64url'
  | 'header-not-utf8'
  | 'header-not-json'
  | 'header-not-object'
  | 'alg-missing'
  | 'enc-missing'
  | 'crit-unknown'
  | 'p2c-invalid'
  | 'jwe-invalid'
  | 'alg-unsupported'
  | 'alg-unknown'
  | 'enc-unknown'
  | 'zip-unsupported'
  | 'zip-unavailable'
  | 'aes-192-unavailable'
  | 'key-unsupported'
  | 'decryption-unsupported'
  | 'key-missing'
  | 'key-public'
  | 'key-unreadable'
  | 'key-import-failed'
  | 'key-type-mismatch'
  | 'key-length-mismatch'
  | 'curve-mismatch'
  | 'jwk-use-mismatch'
  | 'jwk-key-ops-mismatch'
  | 'jwk-alg-mismatch'
  | 'kid-not-found'
  | 'jwks-no-matching-key'
  | 'p2c-too-large'
  | 'zip-too-large'
  | 'wrong-key';

/** Why decryptJwe returned no plaintext: plain data, apart from the debugging `cause`. */
export interface JweDecryptionFailure {
  status: JweFailureStatus;
  reason: JweReasonCode;
  params: ReasonParams;
  /** For `key-unreadable`: what parseKeyInput said about the key text. */
  keyError?: KeyError;
  /** The original exception, for debugging only; never shown and never branched on. */
  cause?: unknown;
}

/** What decryptJwe settles to. */
export type JweDecryption = JweDecrypted | JweDecryptionFailure;

/** Returns a JweDecryptionFailure; a constructor, it checks nothing. */
export function failJwe(status: JweFailureStatus, reason: JweReasonCode, params: ReasonParams = {}, extra: Pick<JweDecryptionFailure, 'keyError' | 'cause'> = {}): JweDecryptionFailure {
  return { status, reason, params, ...extra };
}
