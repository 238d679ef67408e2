// IANA "JSON Web Signature and Encryption Algorithms" (RFC 7518 §7.1, RFC 8037, RFC 8812, RFC 9864, RFC 9964),
// without the entries the registry marks Prohibited. `none` is left to the alg-none rule.

/** Registered JWS `alg` values (RFC 7518 §3.1, RFC 8037 §3.1, RFC 8812 §3.2, RFC 9864 §2.2, RFC 9964 ML-DSA). */
export const ALG_JWS: ReadonlySet<string> = new Set([
  'HS256', 'HS384', 'HS512',
  'RS256', 'RS384', 'RS512',
  'ES256', 'ES384', 'ES512',
  'PS256', 'PS384', 'PS512',
  'EdDSA', 'ES256K', 'Ed25519', 'Ed448',
  'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87',
]);

/** Registered JWE key-management `alg` values (RFC 7518 §4.1). */
export const ALG_JWE: ReadonlySet<string> = new Set([
  'RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512',
  'A128KW', 'A192KW', 'A256KW', 'dir',
  'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
  'A128GCMKW', 'A192GCMKW', 'A256GCMKW',
  'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
]);

/** Registered JWE content-encryption `enc` values (RFC 7518 §5.1). */
export const ENC_JWE: ReadonlySet<string> = new Set(['A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512', 'A128GCM', 'A192GCM', 'A256GCM']);

/** Signature sizes in bytes for algorithms with a fixed size (RFC 7518 §3.2–3.4, RFC 8037 §3.1, RFC 8812, FIPS 204 Table 2). */
export const SIG_LEN: ReadonlyMap<string, readonly number[]> = new Map([
  ['HS256', [32]],
  ['HS384', [48]],
  ['HS512', [64]],
  ['ES256', [64]],
  ['ES256K', [64]],
  ['ES384', [96]],
  ['ES512', [132]],
  ['Ed25519', [64]],
  ['Ed448', [114]],
  // EdDSA names both curves, so both sizes fit.
  ['EdDSA', [64, 114]],
  ['ML-DSA-44', [2420]],
  ['ML-DSA-65', [3309]],
  ['ML-DSA-87', [4627]],
]);

/** The curve each ECDSA `alg` signs on (RFC 7518 §3.4, RFC 8812 §3.2). */
export const EC_CURVE_OF_ALG: ReadonlyMap<string, string> = new Map([['ES256', 'P-256'], ['ES384', 'P-384'], ['ES512', 'P-521'], ['ES256K', 'secp256k1']]);

/** Returns whether `alg` is an RSA signature algorithm (RS* or PS*). */
export function isRsaSignatureAlg(alg: unknown): alg is `RS${string}` | `PS${string}` {
  return typeof alg === 'string' && /^(RS|PS)(256|384|512)$/.test(alg);
}

/** Returns whether `alg` is an RSA key-management algorithm of JWE (RSA1_5, RSA-OAEP*). */
export function isRsaKeyManagementAlg(alg: unknown): alg is `RSA${string}` {
  return typeof alg === 'string' && (alg === 'RSA1_5' || alg.startsWith('RSA-OAEP'));
}

// Its own module, so the first load (which needs only this) does not carry the registries above.
export { isNoneVariant } from './none-variant';

/** Returns the normalised `typ` (lower case, without `application/`), or null when it is absent or not a string. */
export function normaliseTyp(typ: unknown): string | null {
  if (typeof typ !== 'string') return null;
  const lower = typ.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}
