import { DER_TAG, DerCursor, encodeBitString, encodeDer, encodeOid, readDerRoot, toDerError } from './der';
import { OID, type KeyInfo } from './key-info';
import { readRsaModulusAndExponent, type KeyStructureError } from './read-spki';

/** SPKI DER with the RSA key's size and exponent, or where the PKCS#1 DER breaks. */
export type SpkiWrapping = { ok: true; spki: Uint8Array; keyInfo: KeyInfo } | { ok: false; error: KeyStructureError };

/** The AlgorithmIdentifier `rsaEncryption` with its NULL parameters, as RFC 3279 §2.3.1 requires. */
export const RSA_ENCRYPTION_ALGORITHM = encodeDer(DER_TAG.sequence, encodeOid(OID.rsaEncryption), Uint8Array.of(DER_TAG.null, 0));

/**
 * Returns the SubjectPublicKeyInfo DER wrapping a PKCS#1 RSAPublicKey DER (`RSA PUBLIC KEY`), and
 * the key's size and exponent; checks the DER shape only, not the key's size or exponent.
 */
export function wrapPkcs1InSpki(pkcs1: Uint8Array): SpkiWrapping {
  try {
    const cursor = DerCursor.of(readDerRoot(pkcs1, DER_TAG.sequence));
    const numbers = readRsaModulusAndExponent(cursor);
    cursor.assertEnd();
    const spki = encodeDer(DER_TAG.sequence, RSA_ENCRYPTION_ALGORITHM, encodeBitString(pkcs1));
    return { ok: true, spki, keyInfo: { type: 'rsa', ...numbers } };
  } catch (error) {
    return { ok: false, error: { ...toDerError(error), structure: 'pkcs1-public' } };
  }
}
