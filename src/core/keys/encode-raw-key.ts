import { encodeBase64Url } from '../encoding/base64url';
import type { JsonObject } from '../json/json-value';
import { DER_TAG, encodeBitString, encodeDer, encodeOid, encodeSmallInteger } from './der';
import { OID, type MlDsaName } from './key-info';
import type { RawKeyScheme } from './read-raw-key';

const SECP256K1_OID = '1.3.132.0.10';

/** RFC 9881's `seed [0] IMPLICIT OCTET STRING`: a primitive context tag 0. */
const ML_DSA_SEED_TAG = 0x80;

const ML_DSA_OIDS: Readonly<Record<MlDsaName, string>> = {
  'ML-DSA-44': OID.mlDsa44,
  'ML-DSA-65': OID.mlDsa65,
  'ML-DSA-87': OID.mlDsa87,
};

/** RFC 5480 §2.1.1 (named curve), RFC 8410 §3 and RFC 9881 §2: the last two have no parameters. */
function algorithmIdentifier(scheme: RawKeyScheme): Uint8Array {
  switch (scheme) {
    case 'secp256k1':
      return encodeDer(DER_TAG.sequence, encodeOid(OID.ecPublicKey), encodeOid(SECP256K1_OID));
    case 'Ed448':
      return encodeDer(DER_TAG.sequence, encodeOid(OID.ed448));
    default:
      return encodeDer(DER_TAG.sequence, encodeOid(ML_DSA_OIDS[scheme]));
  }
}

/** Returns SubjectPublicKeyInfo DER for raw public key bytes (an uncompressed secp256k1 point, an Ed448 or ML-DSA key); does not check the bytes. */
export function encodeRawSpki(scheme: RawKeyScheme, publicKey: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.sequence, algorithmIdentifier(scheme), encodeBitString(publicKey));
}

/**
 * Returns PKCS#8 PrivateKeyInfo DER for a raw private key: a secp256k1 ECPrivateKey with its public
 * point (RFC 5915), an Ed448 CurvePrivateKey (RFC 8410), or an ML-DSA seed-only key (RFC 9881). Does
 * not check the bytes.
 */
export function encodeRawPkcs8(scheme: RawKeyScheme, seed: Uint8Array, publicKey: Uint8Array): Uint8Array {
  let privateKey: Uint8Array;
  switch (scheme) {
    case 'secp256k1':
      privateKey = encodeDer(DER_TAG.sequence, encodeSmallInteger(1), encodeDer(DER_TAG.octetString, seed), encodeDer(DER_TAG.context1, encodeBitString(publicKey)));
      break;
    case 'Ed448':
      privateKey = encodeDer(DER_TAG.octetString, seed);
      break;
    default:
      privateKey = encodeDer(ML_DSA_SEED_TAG, seed);
  }
  return encodeDer(DER_TAG.sequence, encodeSmallInteger(0), algorithmIdentifier(scheme), encodeDer(DER_TAG.octetString, privateKey));
}

/**
 * Returns the public JWK of raw public key bytes: EC `secp256k1` (RFC 8812) from an uncompressed
 * point, OKP `Ed448` (RFC 8037), or AKP with `alg` and `pub` (the ML-DSA JOSE draft); no `kid`,
 * `use` or `alg` beyond what the key type requires. Does not check the bytes.
 */
export function encodeRawPublicJwk(scheme: RawKeyScheme, publicKey: Uint8Array): JsonObject {
  switch (scheme) {
    case 'secp256k1':
      return { kty: 'EC', crv: 'secp256k1', x: encodeBase64Url(publicKey.subarray(1, 33)), y: encodeBase64Url(publicKey.subarray(33, 65)) };
    case 'Ed448':
      return { kty: 'OKP', crv: 'Ed448', x: encodeBase64Url(publicKey) };
    default:
      return { kty: 'AKP', alg: scheme, pub: encodeBase64Url(publicKey) };
  }
}

/** Returns the private JWK: the public JWK plus `d` (EC, OKP) or `priv`, the ML-DSA seed. Does not check the bytes. */
export function encodeRawPrivateJwk(scheme: RawKeyScheme, seed: Uint8Array, publicKey: Uint8Array): JsonObject {
  const member = scheme === 'secp256k1' || scheme === 'Ed448' ? 'd' : 'priv';
  return { ...encodeRawPublicJwk(scheme, publicKey), [member]: encodeBase64Url(seed) };
}
