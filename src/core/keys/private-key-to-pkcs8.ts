import {
  contentOf,
  DER_TAG,
  DerCursor,
  DerReadError,
  encodeDer,
  encodeOid,
  encodeSmallInteger,
  encodingOf,
  readDerRoot,
  readOid,
  readSmallInteger,
  toDerError,
} from './der';
import { EC_CURVE_BY_OID, OID, type KeyInfo } from './key-info';
import { RSA_ENCRYPTION_ALGORITHM } from './pkcs1-to-spki';
import { describeKey, readAlgorithmIdentifier, readRsaModulusAndExponent, type AlgorithmIdentifier, type KeyStructureError } from './read-spki';

/** PKCS#8 DER with what the key is, or where the input DER breaks. */
export type Pkcs8Wrapping = { ok: true; pkcs8: Uint8Array; keyInfo: KeyInfo } | { ok: false; error: KeyStructureError };

/** What a PKCS#8 key is, or where its DER breaks. */
export type Pkcs8Reading = { ok: true; keyInfo: KeyInfo } | { ok: false; error: KeyStructureError };

const PKCS8_VERSION = encodeSmallInteger(0);

function readRsaPrivateKeyInfo(rsaPrivateKey: Uint8Array): Extract<KeyInfo, { type: 'rsa' }> {
  const cursor = DerCursor.of(readDerRoot(rsaPrivateKey, DER_TAG.sequence));
  const version = readSmallInteger(cursor.next(DER_TAG.integer));
  if (version > 1) throw new DerReadError('der-bad-value', 0);
  const numbers = readRsaModulusAndExponent(cursor);
  // d, p, q, dp, dq, qi must follow; multi-prime keys (version 1) add otherPrimeInfos.
  for (let i = 0; i < 6; i++) cursor.next(DER_TAG.integer);
  if (version === 1) cursor.next(DER_TAG.sequence);
  cursor.assertEnd();
  return { type: 'rsa', ...numbers };
}

/**
 * Returns PKCS#8 PrivateKeyInfo DER wrapping a PKCS#1 RSAPrivateKey DER (`RSA PRIVATE KEY`), and
 * the key's size and exponent; checks the DER shape only, not that the numbers form a valid key.
 */
export function wrapPkcs1PrivateKeyInPkcs8(pkcs1: Uint8Array): Pkcs8Wrapping {
  try {
    const keyInfo = readRsaPrivateKeyInfo(pkcs1);
    const pkcs8 = encodeDer(DER_TAG.sequence, PKCS8_VERSION, RSA_ENCRYPTION_ALGORITHM, encodeDer(DER_TAG.octetString, pkcs1));
    return { ok: true, pkcs8, keyInfo };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'pkcs1-private' } };
  }
}

/**
 * Returns PKCS#8 PrivateKeyInfo DER for a SEC1 ECPrivateKey DER (`EC PRIVATE KEY`, RFC 5915): the
 * curve moves to the AlgorithmIdentifier, as RFC 5208 writers do; does not check that the scalar or
 * the public point are valid for the curve.
 */
export function wrapSec1InPkcs8(sec1: Uint8Array): Pkcs8Wrapping {
  try {
    const root = readDerRoot(sec1, DER_TAG.sequence);
    const cursor = DerCursor.of(root);
    const versionNode = cursor.next(DER_TAG.integer);
    if (readSmallInteger(versionNode) !== 1) throw new DerReadError('der-bad-value', versionNode.contentStart);
    const privateKey = cursor.next(DER_TAG.octetString);
    const parameters = cursor.nextIf(DER_TAG.context0);
    const publicKey = cursor.nextIf(DER_TAG.context1);
    cursor.assertEnd();
    if (parameters === undefined) {
      return { ok: false, error: { code: 'sec1-curve-missing', offset: root.end, structure: 'sec1' } };
    }
    const parameterCursor = DerCursor.of(parameters);
    const curveOid = readOid(parameterCursor.next(DER_TAG.oid));
    parameterCursor.assertEnd();
    const inner = encodeDer(
      DER_TAG.sequence,
      encodeSmallInteger(1),
      encodingOf(privateKey),
      ...(publicKey === undefined ? [] : [encodingOf(publicKey)]),
    );
    const algorithm = encodeDer(DER_TAG.sequence, encodeOid(OID.ecPublicKey), encodeOid(curveOid));
    const pkcs8 = encodeDer(DER_TAG.sequence, PKCS8_VERSION, algorithm, encodeDer(DER_TAG.octetString, inner));
    return { ok: true, pkcs8, keyInfo: { type: 'ec', curve: EC_CURVE_BY_OID.get(curveOid) ?? curveOid } };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'sec1' } };
  }
}

/** A PKCS#8 PrivateKeyInfo taken apart: its AlgorithmIdentifier and the privateKey OCTET STRING's content. */
export interface Pkcs8Parts {
  algorithm: AlgorithmIdentifier;
  privateKey: Uint8Array;
}

/**
 * Returns the AlgorithmIdentifier and privateKey bytes of a PKCS#8 PrivateKeyInfo DER (RFC 5208, or
 * RFC 5958 v2 with attributes and a public key, both skipped); throws DerReadError, does not look
 * inside the private key bytes.
 */
export function readPkcs8Parts(pkcs8: Uint8Array): Pkcs8Parts {
  const cursor = DerCursor.of(readDerRoot(pkcs8, DER_TAG.sequence));
  const versionNode = cursor.next(DER_TAG.integer);
  if (readSmallInteger(versionNode) > 1) throw new DerReadError('der-bad-value', versionNode.contentStart);
  const algorithm = readAlgorithmIdentifier(cursor.next(DER_TAG.sequence));
  const privateKey = contentOf(cursor.next(DER_TAG.octetString));
  cursor.nextIf(DER_TAG.context0);
  // OneAsymmetricKey (RFC 5958) v2 may carry the public key as [1] IMPLICIT BIT STRING.
  cursor.nextIf(0x81);
  cursor.nextIf(DER_TAG.context1);
  cursor.assertEnd();
  return { algorithm, privateKey };
}

/** Returns what a PKCS#8 PrivateKeyInfo DER holds (type, curve, RSA size and exponent); does not check the private key itself. */
export function readPkcs8(pkcs8: Uint8Array): Pkcs8Reading {
  try {
    const { algorithm, privateKey } = readPkcs8Parts(pkcs8);
    if (algorithm.oid === OID.rsaEncryption || algorithm.oid === OID.rsassaPss) {
      const info = readRsaPrivateKeyInfo(privateKey);
      return { ok: true, keyInfo: algorithm.oid === OID.rsaEncryption ? info : { ...info, type: 'rsa-pss' } };
    }
    return { ok: true, keyInfo: describeKey(algorithm, undefined) };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'pkcs8' } };
  }
}
