import type { HmacHash } from './hmac-sha2';

/** The JWS HMAC algorithms the audit checks (RFC 7518 §3.2). */
export type HmacAlg = 'HS256' | 'HS384' | 'HS512';

/** The SHA-2 hash each HMAC algorithm uses. */
export const HASH_OF_ALG: Readonly<Record<HmacAlg, HmacHash>> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

/** The MAC (signature) length in bytes. */
export const MAC_BYTES: Readonly<Record<HmacAlg, 32 | 48 | 64>> = { HS256: 32, HS384: 48, HS512: 64 };

/** True when `alg` names an HMAC algorithm the audit covers. Imports nothing, so the page can ask cheaply. */
export function isHmacAlg(alg: unknown): alg is HmacAlg {
  return alg === 'HS256' || alg === 'HS384' || alg === 'HS512';
}

/** Returns the hash an `HS*` alg uses, or null for any other value; does not check the key or signature. */
export function hashOfHmacAlg(alg: unknown): HmacHash | null {
  return isHmacAlg(alg) ? HASH_OF_ALG[alg] : null;
}
