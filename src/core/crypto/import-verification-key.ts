import { exportJWK, importJWK, importPKCS8, importSPKI, importX509, type CryptoKey, type JWK } from 'jose';
import type { ParsedJwk } from '../keys/parse-jwk';
import type { ParsedKey } from '../keys/parse-key-input';
import { formatPem } from '../keys/parse-pem';
import { mapImportError, type MappedError } from './map-jose-error';

/** What jose's compactVerify takes: a public CryptoKey, or HMAC key bytes. */
export type VerificationKey = CryptoKey | Uint8Array;

/** An imported key, or why the import failed (already mapped to a status). */
export type KeyImport = { ok: true; key: VerificationKey } | { ok: false; failure: MappedError };

/** The members RFC 7638 keeps: enough to import the public key, none of `use`/`key_ops`/`alg`, checked before import. */
const PUBLIC_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['RSA', ['kty', 'n', 'e']],
  ['EC', ['kty', 'crv', 'x', 'y']],
  ['OKP', ['kty', 'crv', 'x']],
  ['oct', ['kty', 'k']],
]);

function pickPublicMembers(jwk: Readonly<Record<string, unknown>>): JWK {
  const kept = PUBLIC_MEMBERS.get(typeof jwk.kty === 'string' ? jwk.kty : '');
  return Object.fromEntries(Object.entries(jwk).filter(([member, value]) => value !== undefined && (kept === undefined || kept.includes(member))));
}

/**
 * Returns the public half of an extractable private key, imported for `alg`: WebCrypto cannot derive
 * it, but the private key's JWK export holds the public members. Does not check the key fits `alg`.
 */
export async function importPublicHalf(privateKey: CryptoKey, alg: string, extractable = false): Promise<CryptoKey | Uint8Array> {
  const exported = await exportJWK(privateKey);
  return importJWK(pickPublicMembers({ ...exported }), alg, { extractable });
}

async function importPublicHalfOfPkcs8(pkcs8: Uint8Array, alg: string): Promise<CryptoKey | Uint8Array> {
  return importPublicHalf(await importPKCS8(formatPem('PRIVATE KEY', pkcs8), alg, { extractable: true }), alg);
}

async function importKey(key: Exclude<ParsedKey, { kind: 'jwks' }>, alg: string): Promise<VerificationKey> {
  switch (key.kind) {
    case 'secret':
      return key.bytes;
    case 'spki':
      return importSPKI(formatPem('PUBLIC KEY', key.spki), alg);
    case 'certificate':
      return importX509(formatPem('CERTIFICATE', key.der), alg);
    case 'pkcs8':
      return importPublicHalfOfPkcs8(key.pkcs8, alg);
    case 'jwk':
      return importJWK(pickPublicMembers(key.jwk.publicJwk), alg);
  }
}

/**
 * Returns the public (or HMAC) key for `alg` from a parsed key; a private key yields its public
 * half. Import failures come back as data (`unsupported` or `error`). Does not check that the key
 * fits `alg` (checkKeyFitsAlgorithm does, before this).
 */
export async function importVerificationKey(key: Exclude<ParsedKey, { kind: 'jwks' }>, alg: string): Promise<KeyImport> {
  try {
    return { ok: true, key: await importKey(key, alg) };
  } catch (error) {
    return { ok: false, failure: mapImportError(error, alg) };
  }
}

/** Returns the public key of one JWK (a JWKS member) for `alg`; see importVerificationKey. */
export async function importJwkForVerification(jwk: ParsedJwk, alg: string): Promise<KeyImport> {
  return importVerificationKey({ kind: 'jwk', format: 'jwk', jwk, notes: [] }, alg);
}
