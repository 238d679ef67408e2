import { decodeBase64Url } from '../encoding/base64url';
import { readRawPrivateKey, readRawPublicKey, type RawKeyScheme, type SingleAsymmetricKey } from '../keys/read-raw-key';
import { deriveRawKeyPair, loadRawSigner, type RawSigner } from './raw-signer';
import type { CompactJws } from './read-compact-jws';
import type { VerificationResult } from './verification-result';
import { encodeUtf8 } from '../encoding/utf8';

function errorNameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}

/** Returns the raw public key of a key: its own bytes, or derived from a private key; throws when the library refuses them. */
function publicKeyOf(signer: RawSigner, scheme: RawKeyScheme, key: SingleAsymmetricKey): Uint8Array | null {
  const publicKey = readRawPublicKey(key);
  if (publicKey !== null) return publicKey;
  const privateKey = readRawPrivateKey(key, scheme);
  return privateKey === null ? null : deriveRawKeyPair(signer, privateKey).publicKey;
}

/**
 * Returns whether the compact JWS's signature verifies with a secp256k1, Ed448 or ML-DSA key,
 * through the library loaded for the scheme (`verifier-unavailable` when it cannot be fetched, a
 * `key-import-failed` error when the key's bytes are refused). Does not check that the key fits
 * the `alg` (checkKeyFitsAlgorithm does, before this), nor the claims.
 */
export async function verifyRawSignature(jws: CompactJws, scheme: RawKeyScheme, key: SingleAsymmetricKey): Promise<VerificationResult> {
  const { alg, token } = jws;
  let signer: RawSigner;
  try {
    signer = await loadRawSigner(scheme);
  } catch (error) {
    return { status: 'error', reason: 'verifier-unavailable', params: { alg }, cause: error };
  }
  const lastDot = token.lastIndexOf('.');
  const signature = decodeBase64Url(token.slice(lastDot + 1));
  if (!signature.ok) return { status: 'invalid', reason: 'signature-mismatch', params: { alg } };
  try {
    const publicKey = publicKeyOf(signer, scheme, key);
    if (publicKey === null || !signer.isValidPublicKey(publicKey)) return { status: 'error', reason: 'key-import-failed', params: { alg, errorName: 'DataError' } };
    const verified = signer.verify(signature.bytes, encodeUtf8(token.slice(0, lastDot)), publicKey);
    return verified ? { status: 'valid', params: { alg } } : { status: 'invalid', reason: 'signature-mismatch', params: { alg } };
  } catch (error) {
    return { status: 'error', reason: 'key-import-failed', params: { alg, errorName: errorNameOf(error) }, cause: error };
  }
}
