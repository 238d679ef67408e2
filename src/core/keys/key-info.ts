/**
 * What a key is, as far as choosing and refusing an algorithm goes. Curves use their JOSE names
 * (`P-256`, `Ed25519`, …); an ML-DSA key (JWK `AKP`) is `other` with its parameter set's JOSE name
 * (`ML-DSA-44`, …); a curve or algorithm this project has no name for keeps its OID.
 */
export type KeyInfo =
  | { type: 'rsa'; modulusBits: number; publicExponent: bigint }
  | { type: 'rsa-pss'; modulusBits: number; publicExponent: bigint }
  | { type: 'ec'; curve: string }
  | { type: 'okp'; curve: string }
  | { type: 'oct'; byteLength: number }
  | { type: 'other'; algorithm: string };

/** Algorithm OIDs the key readers recognise (RFC 3279, RFC 4055, RFC 5480, RFC 8410, RFC 9881). */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  x25519: '1.3.101.110',
  x448: '1.3.101.111',
  mlDsa44: '2.16.840.1.101.3.4.3.17',
  mlDsa65: '2.16.840.1.101.3.4.3.18',
  mlDsa87: '2.16.840.1.101.3.4.3.19',
} as const;

/** ML-DSA parameter sets by OID (RFC 9881 §2), named as their JOSE `alg` values. */
export const ML_DSA_BY_OID: ReadonlyMap<string, MlDsaName> = new Map([
  [OID.mlDsa44, 'ML-DSA-44'],
  [OID.mlDsa65, 'ML-DSA-65'],
  [OID.mlDsa87, 'ML-DSA-87'],
]);

/** An ML-DSA parameter set by its JOSE `alg` name. */
export type MlDsaName = 'ML-DSA-44' | 'ML-DSA-65' | 'ML-DSA-87';

/** Returns whether `name` is an ML-DSA parameter set's JOSE name. */
export function isMlDsaName(name: unknown): name is MlDsaName {
  return name === 'ML-DSA-44' || name === 'ML-DSA-65' || name === 'ML-DSA-87';
}

/** Returns the ML-DSA parameter set a key belongs to (named by the AKP JWK's `alg` or the SPKI's OID), or null for any other key; does not check the key's bytes. */
export function mlDsaNameOf(keyInfo: KeyInfo): MlDsaName | null {
  return keyInfo.type === 'other' && isMlDsaName(keyInfo.algorithm) ? keyInfo.algorithm : null;
}

/** Returns whether a key can sign or verify `alg` as an ML-DSA key: an ML-DSA key is bound to its one parameter set. Does not check the key's bytes, nor JWK `use`/`key_ops`. */
export function isMlDsaKeyFor(alg: string, keyInfo: KeyInfo): boolean {
  return mlDsaNameOf(keyInfo) === alg;
}

/** Named curves of `id-ecPublicKey`, by OID. */
export const EC_CURVE_BY_OID: ReadonlyMap<string, string> = new Map([
  ['1.2.840.10045.3.1.7', 'P-256'],
  ['1.3.132.0.34', 'P-384'],
  ['1.3.132.0.35', 'P-521'],
  ['1.3.132.0.10', 'secp256k1'],
  ['1.3.36.3.3.2.8.1.1.7', 'brainpoolP256r1'],
  ['1.3.36.3.3.2.8.1.1.11', 'brainpoolP384r1'],
  ['1.3.36.3.3.2.8.1.1.13', 'brainpoolP512r1'],
]);

/** RFC 8410 algorithms, whose OID names the curve itself. */
export const OKP_CURVE_BY_OID: ReadonlyMap<string, string> = new Map([
  [OID.ed25519, 'Ed25519'],
  [OID.ed448, 'Ed448'],
  [OID.x25519, 'X25519'],
  [OID.x448, 'X448'],
]);
