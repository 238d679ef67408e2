import { isJsonObject, type JsonValue } from '../json/json-value';
import { DER_TAG, DerCursor, readDerRoot, readUnsignedInteger } from '../keys/der';
import type { KeyInfo } from '../keys/key-info';
import { formatPem } from '../keys/parse-pem';
import type { CertificateInfo } from '../keys/read-certificate';

// The verifier (and jose with it) loads only when a token carries a key, as in the decoder.
function loadVerifier() {
  return import('../crypto/verify-signature');
}

/** Returns whether the compact JWS verifies with a key given as JWK or PEM text; false on any refusal or error. */
export async function verifiesWithKeyText(token: string, keyText: string): Promise<boolean> {
  try {
    const { verifySignature } = await loadVerifier();
    return (await verifySignature({ token, key: keyText })).status === 'valid';
  } catch {
    return false;
  }
}

/** Returns whether the compact JWS verifies with an embedded JWK (`jwk` header); false when it does not or cannot. */
export function verifiesWithJwk(token: string, jwk: JsonValue): Promise<boolean> {
  if (!isJsonObject(jwk)) return Promise.resolve(false);
  return verifiesWithKeyText(token, JSON.stringify(jwk));
}

/** Returns whether the compact JWS verifies with the key of a DER certificate. */
export function verifiesWithCertificate(token: string, certificateDer: Uint8Array): Promise<boolean> {
  return verifiesWithKeyText(token, formatPem('CERTIFICATE', certificateDer));
}

interface SignatureScheme {
  importAlgorithm: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams;
  verifyAlgorithm: AlgorithmIdentifier | EcdsaParams;
  /** Coordinate size, for ECDSA signatures written as DER that WebCrypto wants raw. */
  ecSize?: number;
}

const RSA_HASHES: ReadonlyMap<string, string> = new Map([
  ['1.2.840.113549.1.1.5', 'SHA-1'],
  ['1.2.840.113549.1.1.11', 'SHA-256'],
  ['1.2.840.113549.1.1.12', 'SHA-384'],
  ['1.2.840.113549.1.1.13', 'SHA-512'],
]);
const ECDSA_HASHES: ReadonlyMap<string, string> = new Map([
  ['1.2.840.10045.4.3.2', 'SHA-256'],
  ['1.2.840.10045.4.3.3', 'SHA-384'],
  ['1.2.840.10045.4.3.4', 'SHA-512'],
]);
const EC_SIZES: ReadonlyMap<string, number> = new Map([['P-256', 32], ['P-384', 48], ['P-521', 66]]);

function chooseScheme(signatureOid: string, key: KeyInfo): SignatureScheme | null {
  const rsaHash = RSA_HASHES.get(signatureOid);
  if (rsaHash !== undefined) return { importAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: rsaHash }, verifyAlgorithm: { name: 'RSASSA-PKCS1-v1_5' } };
  const ecdsaHash = ECDSA_HASHES.get(signatureOid);
  const ecSize = key.type === 'ec' ? EC_SIZES.get(key.curve) : undefined;
  if (ecdsaHash !== undefined && key.type === 'ec' && ecSize !== undefined) {
    return { importAlgorithm: { name: 'ECDSA', namedCurve: key.curve }, verifyAlgorithm: { name: 'ECDSA', hash: ecdsaHash }, ecSize };
  }
  if (signatureOid === '1.3.101.112' && key.type === 'okp' && key.curve === 'Ed25519') return { importAlgorithm: { name: 'Ed25519' }, verifyAlgorithm: { name: 'Ed25519' } };
  return null;
}

function derEcdsaToRaw(der: Uint8Array, size: number): Uint8Array | null {
  const cursor = DerCursor.of(readDerRoot(der, DER_TAG.sequence));
  const raw = new Uint8Array(size * 2);
  for (const offset of [0, size]) {
    const integer = readUnsignedInteger(cursor.next(DER_TAG.integer));
    if (integer.length > size) return null;
    raw.set(integer, offset + size - integer.length);
  }
  return raw;
}

function toBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/**
 * Returns whether an X.509 certificate is self-signed: issuer equals subject and its signature
 * verifies with its own key (RSA PKCS#1 v1.5, ECDSA P-256/384/521, Ed25519); false for anything else.
 */
export async function isSelfSignedCertificate(certificate: CertificateInfo): Promise<boolean> {
  const { selfIssued, signature, spki, keyInfo } = certificate;
  if (!selfIssued) return false;
  const scheme = chooseScheme(signature.algorithm.oid, keyInfo);
  if (scheme === null) return false;
  try {
    const value = scheme.ecSize === undefined ? signature.value : derEcdsaToRaw(signature.value, scheme.ecSize);
    if (value === null) return false;
    const key = await crypto.subtle.importKey('spki', toBuffer(spki), scheme.importAlgorithm, false, ['verify']);
    return await crypto.subtle.verify(scheme.verifyAlgorithm, key, toBuffer(value), toBuffer(signature.signed));
  } catch {
    return false;
  }
}
