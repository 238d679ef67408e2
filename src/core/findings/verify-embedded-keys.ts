import type { JsonValue } from '../json/json-value';
import { DER_TAG, DerCursor, encodingOf, readBitStringBytes, readDerRoot, readOid, readUnsignedInteger } from '../keys/der';
import { EC_CURVE_BY_OID } from '../keys/key-info';
import { formatPem } from '../keys/parse-pem';
import { readAlgorithmIdentifier } from '../keys/read-spki';

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
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return Promise.resolve(false);
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

const RSA_HASHES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
};
const ECDSA_HASHES: Readonly<Record<string, string>> = {
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};
const EC_SIZES: Readonly<Record<string, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

function chooseScheme(signatureOid: string, keyOid: string, curveOid: string | undefined): SignatureScheme | null {
  const rsaHash = RSA_HASHES[signatureOid];
  if (rsaHash !== undefined) return { importAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: rsaHash }, verifyAlgorithm: { name: 'RSASSA-PKCS1-v1_5' } };
  const ecdsaHash = ECDSA_HASHES[signatureOid];
  const curve = curveOid === undefined ? undefined : EC_CURVE_BY_OID[curveOid];
  const ecSize = curve === undefined ? undefined : EC_SIZES[curve];
  if (ecdsaHash !== undefined && curve !== undefined && ecSize !== undefined) {
    return { importAlgorithm: { name: 'ECDSA', namedCurve: curve }, verifyAlgorithm: { name: 'ECDSA', hash: ecdsaHash }, ecSize };
  }
  if (signatureOid === '1.3.101.112' && keyOid === '1.3.101.112') return { importAlgorithm: { name: 'Ed25519' }, verifyAlgorithm: { name: 'Ed25519' } };
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
export async function isSelfSignedCertificate(der: Uint8Array): Promise<boolean> {
  try {
    const certificate = DerCursor.of(readDerRoot(der, DER_TAG.sequence));
    const tbsNode = certificate.next(DER_TAG.sequence);
    const signatureAlgorithm = readOid(DerCursor.of(certificate.next(DER_TAG.sequence)).next(DER_TAG.oid));
    const signatureBits = readBitStringBytes(certificate.next(DER_TAG.bitString));
    const tbs = DerCursor.of(tbsNode);
    tbs.nextIf(DER_TAG.context0);
    tbs.next(DER_TAG.integer);
    tbs.next(DER_TAG.sequence);
    const issuer = encodingOf(tbs.next(DER_TAG.sequence));
    tbs.next(DER_TAG.sequence);
    const subject = encodingOf(tbs.next(DER_TAG.sequence));
    const spkiNode = tbs.next(DER_TAG.sequence);
    if (issuer.length !== subject.length || issuer.some((byte, index) => byte !== subject[index])) return false;
    const keyAlgorithm = readAlgorithmIdentifier(DerCursor.of(spkiNode).next(DER_TAG.sequence));
    const scheme = chooseScheme(signatureAlgorithm, keyAlgorithm.oid, keyAlgorithm.parameterOid);
    if (scheme === null) return false;
    const signature = scheme.ecSize === undefined ? signatureBits : derEcdsaToRaw(signatureBits, scheme.ecSize);
    if (signature === null) return false;
    const key = await crypto.subtle.importKey('spki', toBuffer(encodingOf(spkiNode)), scheme.importAlgorithm, false, ['verify']);
    return await crypto.subtle.verify(scheme.verifyAlgorithm, key, toBuffer(signature), toBuffer(encodingOf(tbsNode)));
  } catch {
    return false;
  }
}
