import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, generateSecret, type CryptoKey } from 'jose';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { encodeHex } from '../encoding/hex';
import type { JsonObject } from '../json/json-value';
import type { SecretEncoding } from '../keys/decode-secret';
import { encodeRawPkcs8, encodeRawPrivateJwk, encodeRawPublicJwk, encodeRawSpki } from '../keys/encode-raw-key';
import { formatPem } from '../keys/parse-pem';
import type { RawKeyScheme } from '../keys/read-raw-key';
import { lookupJwsAlgorithm } from './jws-algorithms';
import { deriveRawKeyPair, loadRawSigner, rawKeySchemeOfAlg } from './raw-signer';
import type { ReasonParams } from './verification-result';

/** RSA modulus sizes offered for RS* and PS* keys (RFC 7518 §3.3 asks for 2048 at least). */
export type RsaModulusBits = 2048 | 3072 | 4096;

/** The RSA sizes a user can choose, smallest (and default) first. */
export const RSA_MODULUS_BITS: readonly RsaModulusBits[] = [2048, 3072, 4096];

/** A fresh HMAC secret, or a key pair exported in every form the encoder offers. */
export type GeneratedKey =
  | {
      kind: 'secret';
      alg: string;
      /** Random bytes, as many as the hash has (RFC 7518 §3.2). */
      bytes: Uint8Array;
      /** `{ kty: 'oct', k, alg }`. */
      jwk: JsonObject;
    }
  | {
      kind: 'key-pair';
      alg: string;
      /** PKCS#8 `PRIVATE KEY` PEM. */
      privatePem: string;
      /** SPKI `PUBLIC KEY` PEM. */
      publicPem: string;
      privateJwk: JsonObject;
      publicJwk: JsonObject;
      /** `{ keys: [publicJwk] }`, the set a verifier would publish. */
      jwks: { keys: JsonObject[] };
      /** The RFC 7638 SHA-256 thumbprint of the public key, also the JWKs' `kid`. */
      kid: string;
    };

/** Why no key was generated. */
export interface KeyGenerationError {
  code: 'alg-none' | 'alg-unknown' | 'alg-unsupported' | 'generate-failed';
  params: ReasonParams;
  /** The original exception, for debugging only. */
  cause?: unknown;
}

/** The generated key, or why there is none. */
export type KeyGeneration = { ok: true; key: GeneratedKey } | { ok: false; error: KeyGenerationError };

/** Options for generateKey. */
export interface GenerateKeyOptions {
  /** RSA modulus size for RS* and PS*; 2048 when not given. Ignored for other algorithms. */
  modulusBits?: RsaModulusBits;
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}

function isNotSupported(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ERR_JOSE_NOT_SUPPORTED' || nameOf(error) === 'NotSupportedError';
}

/** Returns a KeyGenerationError for an exception from key generation: `alg-unsupported` when the engine lacks it. */
export function generationFailure(error: unknown, alg: string): { ok: false; error: KeyGenerationError } {
  if (isNotSupported(error)) return { ok: false, error: { code: 'alg-unsupported', params: { alg }, cause: error } };
  return { ok: false, error: { code: 'generate-failed', params: { alg, errorName: nameOf(error) }, cause: error } };
}

/**
 * Returns a generated key pair exported as PKCS#8 / SPKI PEM and JWKs (with `alg`, `use` and the
 * RFC 7638 thumbprint as `kid`) and a one-key JWK Set. Does not check the keys fit `alg`.
 */
export async function exportKeyPair(alg: string, privateKey: CryptoKey, publicKey: CryptoKey, use: 'sig' | 'enc' = 'sig'): Promise<Extract<GeneratedKey, { kind: 'key-pair' }>> {
  const [privatePem, publicPem, privateExport, publicExport] = await Promise.all([
    exportPKCS8(privateKey),
    exportSPKI(publicKey),
    exportJWK(privateKey),
    exportJWK(publicKey),
  ]);
  const kid = await calculateJwkThumbprint(publicExport, 'sha256');
  const publicJwk = { ...(publicExport as JsonObject), kid, alg, use };
  const privateJwk = { ...(privateExport as JsonObject), kid, alg, use };
  return { kind: 'key-pair', alg, privatePem, publicPem, privateJwk, publicJwk, jwks: { keys: [publicJwk] }, kid };
}

/** A key pair made by the scheme's library, exported in the same forms as WebCrypto's (PKCS#8 seed-only for ML-DSA, RFC 9881). */
async function generateRawKeyPair(alg: string, scheme: RawKeyScheme): Promise<GeneratedKey> {
  const signer = await loadRawSigner(scheme);
  const seed = signer.generateSeed();
  const { publicKey } = deriveRawKeyPair(signer, { bytes: seed, form: 'seed' });
  const publicMembers = encodeRawPublicJwk(scheme, publicKey);
  const kid = await calculateJwkThumbprint(publicMembers, 'sha256');
  const publicJwk = { ...publicMembers, kid, alg, use: 'sig' };
  const privateJwk = { ...encodeRawPrivateJwk(scheme, seed, publicKey), kid, alg, use: 'sig' };
  return {
    kind: 'key-pair',
    alg,
    privatePem: formatPem('PRIVATE KEY', encodeRawPkcs8(scheme, seed, publicKey)),
    publicPem: formatPem('PUBLIC KEY', encodeRawSpki(scheme, publicKey)),
    privateJwk,
    publicJwk,
    jwks: { keys: [publicJwk] },
    kid,
  };
}

async function generateFor(alg: string, family: string, options: GenerateKeyOptions): Promise<GeneratedKey> {
  const scheme = rawKeySchemeOfAlg(alg);
  if (scheme !== null) return generateRawKeyPair(alg, scheme);
  if (family === 'hmac') {
    const secret = (await generateSecret(alg, { extractable: true })) as CryptoKey;
    const { k = '' } = await exportJWK(secret);
    const decoded = decodeBase64Url(k);
    const bytes = decoded.ok ? decoded.bytes : new Uint8Array();
    return { kind: 'secret', alg, bytes, jwk: { kty: 'oct', k, alg } };
  }
  const rsa = family === 'rsa' || family === 'rsa-pss';
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, ...(rsa ? { modulusLength: options.modulusBits ?? 2048 } : {}) });
  return exportKeyPair(alg, privateKey, publicKey);
}

/**
 * Returns a fresh key for the JWS `alg` made by WebCrypto (through jose): an HMAC secret of the
 * hash's size, an RSA key of the chosen size, a P-256/384/521 or an Ed25519 key; or by the @noble
 * libraries: a secp256k1, Ed448 or ML-DSA key. Each comes with PEM and JWK exports and a thumbprint
 * `kid`. Nothing is stored. `none` has no key.
 */
export async function generateKey(alg: string, options: GenerateKeyOptions = {}): Promise<KeyGeneration> {
  if (alg === 'none') return { ok: false, error: { code: 'alg-none', params: { alg } } };
  const lookup = lookupJwsAlgorithm(alg);
  if (!lookup.ok) return { ok: false, error: { code: lookup.refusal.reason === 'alg-unsupported' ? 'alg-unsupported' : 'alg-unknown', params: { alg } } };
  try {
    return { ok: true, key: await generateFor(alg, lookup.algorithm.family, options) };
  } catch (error) {
    return generationFailure(error, alg);
  }
}

/** Returns secret bytes as text in a byte encoding (base64 with padding); the inverse of decodeSecret for those encodings. */
export function encodeSecretText(bytes: Uint8Array, encoding: Exclude<SecretEncoding, 'utf8'>): string {
  switch (encoding) {
    case 'base64url':
      return encodeBase64Url(bytes);
    case 'base64': {
      const base64url = encodeBase64Url(bytes);
      return base64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64url.length % 4)) % 4);
    }
    case 'hex':
      return encodeHex(bytes);
  }
}
