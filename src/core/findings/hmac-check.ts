import { computeHmac, DIGEST_BYTES, type HmacHash } from '../audit/hmac-sha2';

/** Returns the hash an `HS*` alg uses, or null for any other value. */
export function hmacHashOf(alg: unknown): HmacHash | null {
  if (alg === 'HS256') return 'SHA-256';
  if (alg === 'HS384') return 'SHA-384';
  if (alg === 'HS512') return 'SHA-512';
  return null;
}

/** Returns whether two byte arrays are equal; not constant-time (nothing secret is guarded here). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Returns whether HMAC(key, signing input) equals the signature, with the pure-JS HMAC (which takes empty keys). */
export function matchesHmac(hash: HmacHash, key: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  return signature.length === DIGEST_BYTES[hash] && equalBytes(computeHmac(hash, key, message), signature);
}
