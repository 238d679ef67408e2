import type { ReasonCode, ReasonParams, VerifyStatus } from './verification-result';

/** An exception turned into a status, reason and params, with the exception kept as `cause`. */
export interface MappedError {
  status: Extract<VerifyStatus, 'invalid' | 'error' | 'unsupported'>;
  reason: ReasonCode;
  params: ReasonParams;
  cause: unknown;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

function causeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
}

// WebCrypto reports an algorithm or curve the engine lacks as a DOMException named NotSupportedError.
function isNotSupported(error: unknown): boolean {
  return codeOf(error) === 'ERR_JOSE_NOT_SUPPORTED' || nameOf(error) === 'NotSupportedError';
}

/** Returns the status and reason for an exception from key import (jose importX / WebCrypto importKey), by `code` and DOMException `name`, never by message. */
export function mapImportError(error: unknown, alg: string): MappedError {
  if (isNotSupported(error)) return { status: 'unsupported', reason: 'key-unsupported', params: { alg }, cause: error };
  return { status: 'error', reason: 'key-import-failed', params: { alg, errorName: nameOf(error) ?? 'unknown' }, cause: error };
}

/** Returns the status and reason for an exception from jose's compactVerify, by `code` (and the cause's DOMException `name`), never by message. */
export function mapVerifyError(error: unknown, alg: string): MappedError {
  switch (codeOf(error)) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      // jose wraps a throwing crypto.subtle.verify in this code too: a missing algorithm is not a mismatch.
      if (isNotSupported(causeOf(error))) return { status: 'unsupported', reason: 'alg-unsupported', params: { alg }, cause: error };
      return { status: 'invalid', reason: 'signature-mismatch', params: { alg }, cause: error };
    case 'ERR_JOSE_NOT_SUPPORTED':
      return { status: 'unsupported', reason: 'alg-unsupported', params: { alg }, cause: error };
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return { status: 'invalid', reason: 'alg-not-allowed', params: { alg }, cause: error };
    case 'ERR_JWS_INVALID':
      return { status: 'invalid', reason: 'token-invalid', params: { alg }, cause: error };
    default:
      if (nameOf(error) === 'NotSupportedError') return { status: 'unsupported', reason: 'alg-unsupported', params: { alg }, cause: error };
      return { status: 'error', reason: 'verification-failed', params: { alg, errorName: nameOf(error) ?? 'unknown' }, cause: error };
  }
}
