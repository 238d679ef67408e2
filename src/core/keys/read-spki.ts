import {
  countBits,
  DER_TAG,
  DerCursor,
  readBitStringBytes,
  readDerRoot,
  readOid,
  readUnsignedInteger,
  toBigInt,
  toDerError,
  type DerError,
  type DerNode,
} from './der';
import { EC_CURVE_BY_OID, ML_DSA_BY_OID, OID, OKP_CURVE_BY_OID, type KeyInfo } from './key-info';

/** The DER structure a key was read as, for error messages. */
export type KeyStructure = 'spki' | 'pkcs1-public' | 'pkcs1-private' | 'pkcs8' | 'sec1' | 'certificate';

/** A DER structure that could not be read, with which structure it was meant to be. */
export interface KeyStructureError {
  code: DerError['code'] | 'sec1-curve-missing';
  offset: number;
  structure: KeyStructure;
}

/** What an SPKI holds, or where its DER breaks. */
export type SpkiReading = { ok: true; keyInfo: KeyInfo } | { ok: false; error: KeyStructureError };

/** An AlgorithmIdentifier's OID and, for EC keys, its curve OID. */
export interface AlgorithmIdentifier {
  oid: string;
  /** The OID parameter (an EC named curve), when the parameters are an OID. */
  parameterOid?: string;
}

/** Reads an AlgorithmIdentifier SEQUENCE; throws DerReadError (callers convert it to data). */
export function readAlgorithmIdentifier(node: DerNode): AlgorithmIdentifier {
  const cursor = DerCursor.of(node);
  const oid = readOid(cursor.next(DER_TAG.oid));
  const parameterOid = cursor.peekTag() === DER_TAG.oid ? readOid(cursor.next(DER_TAG.oid)) : undefined;
  if (parameterOid === undefined && cursor.hasMore()) cursor.next();
  cursor.assertEnd();
  return parameterOid === undefined ? { oid } : { oid, parameterOid };
}

/** Reads the modulus and public exponent magnitudes at `cursor` (RSAPublicKey, or an RSAPrivateKey after its version); throws DerReadError. */
function readRsaNumbers(cursor: DerCursor): { modulus: Uint8Array; exponent: Uint8Array } {
  const modulus = readUnsignedInteger(cursor.next(DER_TAG.integer));
  const exponent = readUnsignedInteger(cursor.next(DER_TAG.integer));
  return { modulus, exponent };
}

function measureRsaNumbers({ modulus, exponent }: { modulus: Uint8Array; exponent: Uint8Array }): { modulusBits: number; publicExponent: bigint } {
  return { modulusBits: countBits(modulus), publicExponent: toBigInt(exponent) };
}

/** Reads RSAPublicKey (PKCS#1) DER, or the leading `n`, `e` of an RSAPrivateKey; throws DerReadError. */
export function readRsaModulusAndExponent(cursor: DerCursor): { modulusBits: number; publicExponent: bigint } {
  return measureRsaNumbers(readRsaNumbers(cursor));
}

/** Returns the modulus and exponent bytes (no leading zeros) of an RSAPublicKey (PKCS#1) DER; throws DerReadError, does not check the numbers form a key. */
export function readRsaPublicKey(pkcs1: Uint8Array): { modulus: Uint8Array; exponent: Uint8Array } {
  const cursor = DerCursor.of(readDerRoot(pkcs1, DER_TAG.sequence));
  const numbers = readRsaNumbers(cursor);
  cursor.assertEnd();
  return numbers;
}

/** Returns the KeyInfo an AlgorithmIdentifier and its key bytes describe; throws DerReadError on a bad RSA key. */
export function describeKey(algorithm: AlgorithmIdentifier, publicKeyBytes: Uint8Array | undefined): KeyInfo {
  switch (algorithm.oid) {
    case OID.rsaEncryption:
    case OID.rsassaPss: {
      if (publicKeyBytes === undefined) return { type: 'other', algorithm: algorithm.oid };
      return { type: algorithm.oid === OID.rsaEncryption ? 'rsa' : 'rsa-pss', ...measureRsaNumbers(readRsaPublicKey(publicKeyBytes)) };
    }
    case OID.ecPublicKey: {
      const curveOid = algorithm.parameterOid ?? 'implicit';
      return { type: 'ec', curve: EC_CURVE_BY_OID.get(curveOid) ?? curveOid };
    }
    default: {
      const curve = OKP_CURVE_BY_OID.get(algorithm.oid);
      if (curve !== undefined) return { type: 'okp', curve };
      return { type: 'other', algorithm: ML_DSA_BY_OID.get(algorithm.oid) ?? algorithm.oid };
    }
  }
}

/** A SubjectPublicKeyInfo taken apart: its AlgorithmIdentifier and the subjectPublicKey bytes. */
export interface SpkiParts {
  algorithm: AlgorithmIdentifier;
  publicKey: Uint8Array;
}

/** Returns the two fields of a SubjectPublicKeyInfo DER; throws DerReadError, does not look inside the key bytes. */
export function readSpkiParts(der: Uint8Array): SpkiParts {
  const cursor = DerCursor.of(readDerRoot(der, DER_TAG.sequence));
  const algorithm = readAlgorithmIdentifier(cursor.next(DER_TAG.sequence));
  const publicKey = readBitStringBytes(cursor.next(DER_TAG.bitString));
  cursor.assertEnd();
  return { algorithm, publicKey };
}

/** Returns what a SubjectPublicKeyInfo DER holds (type, curve, RSA size and exponent); does not check that an EC point lies on its curve. */
export function readSpki(der: Uint8Array): SpkiReading {
  try {
    const { algorithm, publicKey } = readSpkiParts(der);
    return { ok: true, keyInfo: describeKey(algorithm, publicKey) };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'spki' } };
  }
}
