import { calculateJwkThumbprint } from 'jose';
import { ownMember, type JsonObject } from '../json/json-value';

/** The RFC 7638 digest; `sha256` is what the UI shows. */
export type ThumbprintDigest = 'sha256' | 'sha384' | 'sha512';

/** A thumbprint, or which member stops one being computed. */
export type ThumbprintResult =
  | { ok: true; thumbprint: string }
  | { ok: false; reason: 'jwk-missing-member'; member: string }
  | { ok: false; reason: 'jwk-member-type'; member: string }
  | { ok: false; reason: 'kty-unsupported'; kty: string };

/** RFC 7638 §3.2 required members, per key type (RFC 8037 §2 for OKP, RFC 9964 for AKP). */
const THUMBPRINT_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['AKP', ['alg', 'kty', 'pub']],
  ['RSA', ['e', 'kty', 'n']],
  ['EC', ['crv', 'kty', 'x', 'y']],
  ['OKP', ['crv', 'kty', 'x']],
  ['oct', ['k', 'kty']],
]);

/**
 * Returns the RFC 7638 thumbprint (base64url of the digest of the canonical required members) of a
 * JWK; private members are ignored, so a private JWK has its public key's thumbprint. Does not check
 * that the key is valid.
 */
export async function calculateThumbprint(jwk: JsonObject, digest: ThumbprintDigest = 'sha256'): Promise<ThumbprintResult> {
  const kty = jwk.kty;
  if (kty === undefined) return { ok: false, reason: 'jwk-missing-member', member: 'kty' };
  if (typeof kty !== 'string') return { ok: false, reason: 'jwk-member-type', member: 'kty' };
  const members = THUMBPRINT_MEMBERS.get(kty);
  if (members === undefined) return { ok: false, reason: 'kty-unsupported', kty };
  for (const member of members) {
    const value = ownMember(jwk, member);
    if (value === undefined) return { ok: false, reason: 'jwk-missing-member', member };
    if (typeof value !== 'string') return { ok: false, reason: 'jwk-member-type', member };
  }
  const thumbprint = await calculateJwkThumbprint(jwk, digest);
  return { ok: true, thumbprint };
}
