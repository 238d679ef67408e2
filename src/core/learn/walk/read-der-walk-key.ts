import { ed25519 } from '@noble/curves/ed25519.js';
import {
  contentOf,
  DER_TAG,
  DerCursor,
  readBitStringBytes,
  readDerRoot,
  readSmallInteger,
  readUnsignedInteger,
  toBigInt,
} from '../../keys/der';
import { EC_CURVE_BY_OID, OID, OKP_CURVE_BY_OID } from '../../keys/key-info';
import { readRsaPublicKey, readSpkiParts, type AlgorithmIdentifier } from '../../keys/read-spki';
import { readPkcs8Parts } from '../../keys/private-key-to-pkcs8';
import { deriveEcPublicPoint, readEcPointBytes } from './ec-point-bytes';
import type { WalkKey } from './walk-key';

/** The curve or algorithm name of an AlgorithmIdentifier, as KeyInfo names it. */
function curveOf(algorithm: AlgorithmIdentifier): string {
  if (algorithm.oid === OID.ecPublicKey) {
    const curveOid = algorithm.parameterOid ?? 'implicit';
    return EC_CURVE_BY_OID.get(curveOid) ?? curveOid;
  }
  return OKP_CURVE_BY_OID.get(algorithm.oid) ?? algorithm.oid;
}

function isRsa(algorithm: AlgorithmIdentifier): boolean {
  return algorithm.oid === OID.rsaEncryption || algorithm.oid === OID.rsassaPss;
}

/** An EC key whose point cannot be read keeps its curve, so a wrong curve is still named. */
function ecKey(curve: string, point: { x: Uint8Array; y: Uint8Array } | null): WalkKey {
  return { kind: 'ec', curve, x: point?.x ?? new Uint8Array(), y: point?.y ?? new Uint8Array() };
}

/**
 * Returns the walk key of a SubjectPublicKeyInfo DER (RSA n and e, an EC point, an OKP key), or
 * null for an algorithm that signs no JWS; throws DerReadError on bad DER. Does not check the
 * numbers form a valid key beyond an EC point lying on its curve.
 */
export function readSpkiWalkKey(spki: Uint8Array): WalkKey | null {
  const { algorithm, publicKey } = readSpkiParts(spki);
  if (isRsa(algorithm)) {
    const { modulus, exponent } = readRsaPublicKey(publicKey);
    return { kind: 'rsa', n: toBigInt(modulus), e: toBigInt(exponent) };
  }
  const curve = curveOf(algorithm);
  if (algorithm.oid === OID.ecPublicKey) return ecKey(curve, readEcPointBytes(curve, publicKey));
  if (OKP_CURVE_BY_OID.has(algorithm.oid)) return { kind: 'okp', curve, x: publicKey };
  return null;
}

/** SEC1 ECPrivateKey (RFC 5915): the public point when it is carried, else d·G. */
function readEcPrivateKey(curve: string, sec1: Uint8Array): WalkKey {
  const cursor = DerCursor.of(readDerRoot(sec1, DER_TAG.sequence));
  readSmallInteger(cursor.next(DER_TAG.integer));
  const d = contentOf(cursor.next(DER_TAG.octetString));
  cursor.nextIf(DER_TAG.context0);
  const publicNode = cursor.nextIf(DER_TAG.context1);
  const carried = publicNode === undefined ? null : readEcPointBytes(curve, readBitStringBytes(DerCursor.of(publicNode).next(DER_TAG.bitString)));
  return ecKey(curve, carried ?? deriveEcPublicPoint(curve, d));
}

/**
 * Returns the public walk key of a PKCS#8 private key DER: RSA n and e, the EC point (carried or
 * d·G), the Ed25519 public key of the seed; null for an algorithm that signs no JWS. Throws
 * DerReadError on bad DER; keeps nothing private in what it returns.
 */
export function readPkcs8WalkKey(pkcs8: Uint8Array): WalkKey | null {
  const { algorithm, privateKey } = readPkcs8Parts(pkcs8);
  if (isRsa(algorithm)) {
    const rsa = DerCursor.of(readDerRoot(privateKey, DER_TAG.sequence));
    readSmallInteger(rsa.next(DER_TAG.integer));
    const n = readUnsignedInteger(rsa.next(DER_TAG.integer));
    const e = readUnsignedInteger(rsa.next(DER_TAG.integer));
    return { kind: 'rsa', n: toBigInt(n), e: toBigInt(e) };
  }
  const curve = curveOf(algorithm);
  if (algorithm.oid === OID.ecPublicKey) return readEcPrivateKey(curve, privateKey);
  if (algorithm.oid === OID.ed25519) {
    // RFC 8410 §7: the private key is an OCTET STRING holding the 32-byte seed.
    const seed = contentOf(readDerRoot(privateKey, DER_TAG.octetString));
    return { kind: 'okp', curve, x: seed.length === 32 ? ed25519.getPublicKey(seed) : new Uint8Array() };
  }
  if (OKP_CURVE_BY_OID.has(algorithm.oid)) return { kind: 'okp', curve, x: new Uint8Array() };
  return null;
}
