import type { KeyFormat } from '../keys/detect-key-format';
import type { KeyErrorCode } from '../keys/key-error';
import type { KeyNote } from '../keys/key-note';

/** The verification outcome; equal to the UI contract's `verify-status` `data-status` values. */
export type VerifyStatus = 'no-key' | 'pending' | 'valid' | 'invalid' | 'error' | 'unsupported';

/**
 * Why a verification ended as it did. Stable kebab-case codes, translated by the UI; the message
 * parameters are in `VerificationResult.params`.
 *
 * `invalid` (refused or not matching): token-not-compact-jws, segment-not-base64url, header-not-utf8,
 * header-not-json, header-not-object, alg-missing, alg-none, crit-malformed, crit-unknown,
 * signature-empty, key-alg-mismatch, jwk-use-mismatch, jwk-key-ops-mismatch, jwk-alg-mismatch,
 * rsa-key-too-small, rsa-exponent-invalid, hmac-key-empty, jwks-no-symmetric, jwks-empty,
 * kid-not-found, jwks-no-matching-key, signature-mismatch, token-invalid, alg-not-allowed, and
 * not-compact-as-pasted (a space inside a segment: the text pasted is not what a verifier accepts).
 * `unsupported`: alg-unknown, alg-unsupported, key-unsupported.
 * `error` (the key cannot be read): every KeyErrorCode except key-empty (which is `no-key`),
 * key-import-failed, verifier-unavailable (its code could not be loaded), and verification-failed
 * for an unexpected failure.
 */
export type ReasonCode =
  | 'token-not-compact-jws'
  | 'segment-not-base64url'
  | 'header-not-utf8'
  | 'header-not-json'
  | 'header-not-object'
  | 'alg-missing'
  | 'alg-none'
  | 'crit-malformed'
  | 'crit-unknown'
  | 'signature-empty'
  | 'alg-unknown'
  | 'alg-unsupported'
  | 'key-unsupported'
  | 'key-alg-mismatch'
  | 'jwk-use-mismatch'
  | 'jwk-key-ops-mismatch'
  | 'jwk-alg-mismatch'
  | 'rsa-key-too-small'
  | 'rsa-exponent-invalid'
  | 'hmac-key-empty'
  | 'jwks-no-symmetric'
  | 'jwks-empty'
  | 'kid-not-found'
  | 'jwks-no-matching-key'
  | 'signature-mismatch'
  | 'token-invalid'
  | 'alg-not-allowed'
  | 'not-compact-as-pasted'
  | 'verifier-unavailable'
  | 'key-import-failed'
  | 'verification-failed'
  | KeyErrorCode;

/** Message parameters of a reason: plain serialisable values only. */
export type ReasonParams = Record<string, string | number | string[]>;

/** What verifySignature settles to: plain serialisable data, apart from the debugging `cause`. */
export interface VerificationResult {
  status: VerifyStatus;
  /** Absent for `valid` and `no-key`. */
  reason?: ReasonCode;
  params?: ReasonParams;
  /** The `kid` of the JWKS member that verified (or was refused, when only one was tried). */
  usedKid?: string;
  /** The detected key format, when a key was given. */
  keyFormat?: KeyFormat;
  /** Things to tell the user about the key (e.g. `private-key-pasted`), whatever the status. */
  keyNotes?: KeyNote[];
  /** The original exception, for debugging only; never shown and never branched on. */
  cause?: unknown;
}
