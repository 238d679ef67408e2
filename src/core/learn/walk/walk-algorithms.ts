import type { HmacHash } from '../../audit/hmac-sha2';
import type { SignatureFamily } from '../signature-walk';

/** What the walk needs to know about a JWS `alg`: its family, hash and (for EC and OKP) curve. */
export interface WalkAlgorithm {
  family: SignatureFamily;
  hash: HmacHash;
  curve?: string;
}

/** The JWS algorithms the walk explains: every one the decoder verifies (RFC 7518 §3, RFC 8037, RFC 9864). */
export const WALK_ALGORITHMS: ReadonlyMap<string, WalkAlgorithm> = new Map<string, WalkAlgorithm>([
  ['HS256', { family: 'hmac', hash: 'SHA-256' }],
  ['HS384', { family: 'hmac', hash: 'SHA-384' }],
  ['HS512', { family: 'hmac', hash: 'SHA-512' }],
  ['RS256', { family: 'rsa-pkcs1', hash: 'SHA-256' }],
  ['RS384', { family: 'rsa-pkcs1', hash: 'SHA-384' }],
  ['RS512', { family: 'rsa-pkcs1', hash: 'SHA-512' }],
  ['PS256', { family: 'rsa-pss', hash: 'SHA-256' }],
  ['PS384', { family: 'rsa-pss', hash: 'SHA-384' }],
  ['PS512', { family: 'rsa-pss', hash: 'SHA-512' }],
  ['ES256', { family: 'ecdsa', hash: 'SHA-256', curve: 'P-256' }],
  ['ES384', { family: 'ecdsa', hash: 'SHA-384', curve: 'P-384' }],
  ['ES512', { family: 'ecdsa', hash: 'SHA-512', curve: 'P-521' }],
  ['EdDSA', { family: 'eddsa', hash: 'SHA-512', curve: 'Ed25519' }],
  ['Ed25519', { family: 'eddsa', hash: 'SHA-512', curve: 'Ed25519' }],
]);

/** Returns the walk's entry for a header `alg`, or undefined for `none`, JWE and unknown algorithms. */
export function lookupWalkAlgorithm(alg: string): WalkAlgorithm | undefined {
  return WALK_ALGORITHMS.get(alg);
}
