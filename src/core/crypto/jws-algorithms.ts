import { isMlDsaKeyFor, type KeyInfo } from '../keys/key-info';
import type { ReasonCode, ReasonParams, VerifyStatus } from './verification-result';

/** Which kind of key an algorithm needs. */
export type JwsAlgorithmFamily = 'hmac' | 'rsa' | 'rsa-pss' | 'ecdsa' | 'eddsa' | 'ml-dsa';

/** What the verifier needs to know about a supported `alg`. */
export interface JwsAlgorithm {
  family: JwsAlgorithmFamily;
  /** The curve an ECDSA or EdDSA algorithm accepts (RFC 7518 §3.4, RFC 8812 §3.2, RFC 9864); `EdDSA` also takes Ed448 (RFC 8037 §3.1). */
  curve?: string;
}

/**
 * JWS algorithms this project verifies (RFC 7518 §3, RFC 8037, RFC 8812 `ES256K`, RFC 9864 `Ed25519`
 * and `Ed448`, RFC 9964 ML-DSA); secp256k1, Ed448 and ML-DSA through the @noble libraries, since
 * WebCrypto lacks them.
 */
export const SUPPORTED_JWS_ALGORITHMS: ReadonlyMap<string, JwsAlgorithm> = new Map<string, JwsAlgorithm>([
  ['HS256', { family: 'hmac' }],
  ['HS384', { family: 'hmac' }],
  ['HS512', { family: 'hmac' }],
  ['RS256', { family: 'rsa' }],
  ['RS384', { family: 'rsa' }],
  ['RS512', { family: 'rsa' }],
  ['PS256', { family: 'rsa-pss' }],
  ['PS384', { family: 'rsa-pss' }],
  ['PS512', { family: 'rsa-pss' }],
  ['ES256', { family: 'ecdsa', curve: 'P-256' }],
  ['ES384', { family: 'ecdsa', curve: 'P-384' }],
  ['ES512', { family: 'ecdsa', curve: 'P-521' }],
  ['ES256K', { family: 'ecdsa', curve: 'secp256k1' }],
  ['EdDSA', { family: 'eddsa', curve: 'Ed25519' }],
  ['Ed25519', { family: 'eddsa', curve: 'Ed25519' }],
  ['Ed448', { family: 'eddsa', curve: 'Ed448' }],
  ['ML-DSA-44', { family: 'ml-dsa' }],
  ['ML-DSA-65', { family: 'ml-dsa' }],
  ['ML-DSA-87', { family: 'ml-dsa' }],
]);

/** The curves `EdDSA` names (RFC 8037 §3.1): the key's curve picks the scheme. */
const EDDSA_CURVES: readonly string[] = ['Ed25519', 'Ed448'];

/** Returns whether a key on `curve` can sign or verify `alg`: the algorithm's curve, or either of EdDSA's. */
export function fitsCurve(alg: string, algorithm: JwsAlgorithm, curve: string): boolean {
  return alg === 'EdDSA' ? EDDSA_CURVES.includes(curve) : algorithm.curve === curve;
}

/** The smallest RSA modulus RFC 7518 §3.3 and §3.5 allow. */
export const MIN_RSA_BITS = 2048;

/** A verification refused before (or instead of) checking the signature. */
export interface Refusal {
  status: Extract<VerifyStatus, 'invalid' | 'unsupported'>;
  reason: ReasonCode;
  params: ReasonParams;
}

/** A supported algorithm, or the `unsupported` refusal for the `alg`. */
export type AlgorithmLookup = { ok: true; algorithm: JwsAlgorithm } | { ok: false; refusal: Refusal };

/** Returns the algorithm entry for a header `alg`, or `unsupported` with `alg-unknown`; does not judge `none`. */
export function lookupJwsAlgorithm(alg: string): AlgorithmLookup {
  const algorithm = SUPPORTED_JWS_ALGORITHMS.get(alg);
  if (algorithm !== undefined) return { ok: true, algorithm };
  return { ok: false, refusal: { status: 'unsupported', reason: 'alg-unknown', params: { alg } } };
}

function describeKeyType(keyInfo: KeyInfo): ReasonParams {
  switch (keyInfo.type) {
    case 'ec':
    case 'okp':
      return { keyType: keyInfo.type, curve: keyInfo.curve };
    case 'other':
      return { keyType: 'other', keyAlgorithm: keyInfo.algorithm };
    default:
      return { keyType: keyInfo.type };
  }
}

function mismatch(alg: string, keyInfo: KeyInfo): Refusal {
  return { status: 'invalid', reason: 'key-alg-mismatch', params: { alg, ...describeKeyType(keyInfo) } };
}

function checkRsaKey(alg: string, keyInfo: { modulusBits: number; publicExponent: bigint }): Refusal | null {
  if (keyInfo.modulusBits < MIN_RSA_BITS) {
    return { status: 'invalid', reason: 'rsa-key-too-small', params: { alg, bits: keyInfo.modulusBits, minBits: MIN_RSA_BITS } };
  }
  // RFC 8017 §3.1: e is an odd integer, 3 <= e <= n - 1.
  if (keyInfo.publicExponent < 3n || keyInfo.publicExponent % 2n === 0n) {
    return { status: 'invalid', reason: 'rsa-exponent-invalid', params: { alg, exponent: keyInfo.publicExponent.toString() } };
  }
  return null;
}

/**
 * Returns why a key cannot verify `alg` (key type, curve, RSA size and exponent), or null when it
 * fits; does not check JWK `use`/`key_ops`/`alg` (see checkJwkUsage) nor the key's numbers.
 */
export function checkKeyFitsAlgorithm(alg: string, algorithm: JwsAlgorithm, keyInfo: KeyInfo): Refusal | null {
  switch (algorithm.family) {
    case 'hmac':
      if (keyInfo.type !== 'oct') return mismatch(alg, keyInfo);
      return keyInfo.byteLength === 0 ? { status: 'invalid', reason: 'hmac-key-empty', params: { alg } } : null;
    case 'rsa':
    case 'rsa-pss':
      if (keyInfo.type === 'rsa') return checkRsaKey(alg, keyInfo);
      // An id-RSASSA-PSS key is restricted to PSS (RFC 4055 §1.2), and WebCrypto cannot import one.
      if (keyInfo.type === 'rsa-pss' && algorithm.family === 'rsa-pss') {
        return { status: 'unsupported', reason: 'key-unsupported', params: { alg, keyType: 'rsa-pss' } };
      }
      return mismatch(alg, keyInfo);
    case 'ecdsa':
      return keyInfo.type === 'ec' && keyInfo.curve === algorithm.curve ? null : mismatch(alg, keyInfo);
    case 'eddsa':
      return keyInfo.type === 'okp' && fitsCurve(alg, algorithm, keyInfo.curve) ? null : mismatch(alg, keyInfo);
    case 'ml-dsa':
      return isMlDsaKeyFor(alg, keyInfo) ? null : mismatch(alg, keyInfo);
  }
}

/** The JWK members that restrict what a key may be used for. */
export interface JwkUsage {
  use?: string;
  keyOps?: string[];
  alg?: string;
  isPrivate: boolean;
}

/**
 * Returns why a JWK's `use`, `key_ops` or `alg` forbid verifying `alg` (the rules jose applies to
 * JWK Set members, RFC 7517 §4.2–4.4), or null; a private JWK may say `sign`, since only its public
 * half is used. Does not compare `kid`.
 */
export function checkJwkUsage(alg: string, jwk: JwkUsage): Refusal | null {
  if (jwk.use !== undefined && jwk.use !== 'sig') return { status: 'invalid', reason: 'jwk-use-mismatch', params: { alg, use: jwk.use } };
  if (jwk.keyOps !== undefined) {
    const allowed = jwk.keyOps.includes('verify') || (jwk.isPrivate && jwk.keyOps.includes('sign'));
    if (!allowed) return { status: 'invalid', reason: 'jwk-key-ops-mismatch', params: { alg, keyOps: jwk.keyOps } };
  }
  if (jwk.alg !== undefined && jwk.alg !== alg) return { status: 'invalid', reason: 'jwk-alg-mismatch', params: { alg, jwkAlg: jwk.alg } };
  return null;
}
