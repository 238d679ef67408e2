import { concatBytes, contentOf, DER_TAG, DerCursor, DerReadError, readDerRoot, readSmallInteger } from './der';
import { mlDsaNameOf, type KeyInfo, type MlDsaName } from './key-info';
import type { ParsedKey } from './parse-key-input';
import { readJwkBytes } from './parse-jwk';
import { readPkcs8Parts } from './private-key-to-pkcs8';
import { readSpkiParts } from './read-spki';

/** The key types whose raw bytes are signed and verified outside WebCrypto, by their JOSE curve or `alg` name. */
export type RawKeyScheme = 'secp256k1' | 'Ed448' | MlDsaName;

/** A private key's raw bytes: the EC scalar, the Ed448 or ML-DSA seed, or an ML-DSA expanded key (RFC 9881 `expandedKey`). */
export interface RawPrivateKey {
  bytes: Uint8Array;
  form: 'seed' | 'expanded';
}

/** One key read from the key input (not a secret, not a set). */
export type SingleAsymmetricKey = Exclude<ParsedKey, { kind: 'jwks' | 'secret' }>;

/** Returns the raw-key scheme of a key, or null for the key types WebCrypto handles (and unknown ones). */
export function rawKeySchemeOf(keyInfo: KeyInfo): RawKeyScheme | null {
  if (keyInfo.type === 'ec' && keyInfo.curve === 'secp256k1') return 'secp256k1';
  if (keyInfo.type === 'okp' && keyInfo.curve === 'Ed448') return 'Ed448';
  return mlDsaNameOf(keyInfo);
}

function publicBytesOfJwk(jwk: Extract<ParsedKey, { kind: 'jwk' }>['jwk']): Uint8Array | null {
  switch (jwk.kty) {
    case 'EC': {
      const x = readJwkBytes(jwk.publicJwk, 'x');
      const y = readJwkBytes(jwk.publicJwk, 'y');
      if (x === null || y === null) return null;
      // SEC 1 §2.3.3 uncompressed point: 0x04 ‖ x ‖ y.
      return concatBytes(Uint8Array.of(0x04), x, y);
    }
    case 'OKP':
      return readJwkBytes(jwk.publicJwk, 'x');
    case 'AKP':
      return readJwkBytes(jwk.publicJwk, 'pub');
    default:
      return null;
  }
}

/**
 * Returns the raw public key bytes a raw-key signer verifies with: an SPKI's subjectPublicKey (an EC
 * point, an Ed448 or ML-DSA key), a certificate's, or a JWK's `x`/`y`, `x` or `pub`; null for a
 * PKCS#8 key (its public half is derived from the private key) or when the members are missing.
 * Does not check the bytes' length nor that the point lies on the curve.
 */
export function readRawPublicKey(key: SingleAsymmetricKey): Uint8Array | null {
  try {
    switch (key.kind) {
      case 'spki':
        return readSpkiParts(key.spki).publicKey;
      case 'certificate':
        return readSpkiParts(key.certificate.spki).publicKey;
      case 'jwk':
        return publicBytesOfJwk(key.jwk);
      case 'pkcs8':
        return null;
    }
  } catch (error) {
    if (error instanceof DerReadError) return null;
    throw error;
  }
}

/** RFC 9881's `seed [0] IMPLICIT OCTET STRING`: a primitive context tag 0. */
const ML_DSA_SEED_TAG = 0x80;

/** RFC 9881 §6: ML-DSA-PrivateKey is `seed [0] IMPLICIT OCTET STRING`, `expandedKey OCTET STRING` or `both SEQUENCE { seed, expandedKey }`. */
function readMlDsaPrivateKey(privateKey: Uint8Array): RawPrivateKey {
  const node = readDerRoot(privateKey, privateKey[0] ?? 0);
  switch (node.tag) {
    case ML_DSA_SEED_TAG:
      return { bytes: contentOf(node), form: 'seed' };
    case DER_TAG.octetString:
      return { bytes: contentOf(node), form: 'expanded' };
    case DER_TAG.sequence: {
      const cursor = DerCursor.of(node);
      const seed = contentOf(cursor.next(DER_TAG.octetString));
      cursor.next(DER_TAG.octetString);
      cursor.assertEnd();
      return { bytes: seed, form: 'seed' };
    }
    default:
      throw new DerReadError('der-unexpected-tag', 0);
  }
}

function readPkcs8PrivateKey(pkcs8: Uint8Array, scheme: RawKeyScheme): RawPrivateKey {
  const { privateKey } = readPkcs8Parts(pkcs8);
  switch (scheme) {
    case 'secp256k1': {
      // RFC 5915 ECPrivateKey: version 1, then the scalar.
      const inner = DerCursor.of(readDerRoot(privateKey, DER_TAG.sequence));
      if (readSmallInteger(inner.next(DER_TAG.integer)) !== 1) throw new DerReadError('der-bad-value', 0);
      return { bytes: contentOf(inner.next(DER_TAG.octetString)), form: 'seed' };
    }
    case 'Ed448':
      // RFC 8410 §7: CurvePrivateKey ::= OCTET STRING, itself inside the PKCS#8 OCTET STRING.
      return { bytes: contentOf(readDerRoot(privateKey, DER_TAG.octetString)), form: 'seed' };
    default:
      return readMlDsaPrivateKey(privateKey);
  }
}

/**
 * Returns a private key's raw bytes for its raw-key scheme: from PKCS#8 (RFC 5915 inside RFC 5208,
 * RFC 8410, RFC 9881) or a private JWK's `d` or `priv` (a 32-byte ML-DSA seed); null when the key is
 * public or its structure does not hold them. Does not check the length nor derive the public key.
 */
export function readRawPrivateKey(key: SingleAsymmetricKey, scheme: RawKeyScheme): RawPrivateKey | null {
  try {
    if (key.kind === 'pkcs8') return readPkcs8PrivateKey(key.pkcs8, scheme);
    if (key.kind !== 'jwk' || !key.jwk.isPrivate) return null;
    const bytes = readJwkBytes(key.jwk.jwk, key.jwk.kty === 'AKP' ? 'priv' : 'd');
    return bytes === null ? null : { bytes, form: 'seed' };
  } catch (error) {
    if (error instanceof DerReadError) return null;
    throw error;
  }
}
