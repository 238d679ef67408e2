import { encodeHex } from '../encoding/hex';
import type { RawKeyScheme, RawPrivateKey } from '../keys/read-raw-key';

/** A private key as its library signs with it: what the library derives from the key, derived once. */
export interface RawKeyPair {
  /** The raw public key (an uncompressed point for secp256k1, an Ed448 or ML-DSA key). */
  publicKey: Uint8Array;
  /** Returns the JOSE signature of `message` (raw R‖S for ECDSA); throws when the library fails. */
  sign(message: Uint8Array): Uint8Array;
}

/** One raw-key signature scheme (secp256k1 ECDSA, Ed448, ML-DSA), as the library that implements it offers it. */
export interface RawSigner {
  /** Returns whether the library accepts the bytes as a public key (size, and a point on the curve); WebCrypto refuses such keys at import. */
  isValidPublicKey(publicKey: Uint8Array): boolean;
  /** Returns whether the signature verifies; false for a signature of the wrong size or a refused public key. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  /** Returns the key pair of a private key (for ML-DSA a seed is expanded here); throws when the library refuses the private key. */
  derive(privateKey: RawPrivateKey): RawKeyPair;
  /** Returns a fresh private key seed (the scalar, the Ed448 or the ML-DSA seed). */
  generateSeed(): Uint8Array;
}

// Each library is its own chunk, fetched only when a token or key needs it: none of them is in the first load.
const LOADERS: Readonly<Record<RawKeyScheme, () => Promise<RawSigner>>> = {
  secp256k1: () => import('./secp256k1-signer').then((module) => module.secp256k1Signer),
  Ed448: () => import('./ed448-signer').then((module) => module.ed448Signer),
  'ML-DSA-44': () => import('./ml-dsa-signer').then((module) => module.ML_DSA_SIGNERS['ML-DSA-44']),
  'ML-DSA-65': () => import('./ml-dsa-signer').then((module) => module.ML_DSA_SIGNERS['ML-DSA-65']),
  'ML-DSA-87': () => import('./ml-dsa-signer').then((module) => module.ML_DSA_SIGNERS['ML-DSA-87']),
};

/** Returns the signer of a raw-key scheme, loading its library on first use; rejects when the chunk cannot be fetched. */
export function loadRawSigner(scheme: RawKeyScheme): Promise<RawSigner> {
  return LOADERS[scheme]();
}

/** How many derived key pairs each signer keeps: the encoder's key, and a few it was just switched from. */
const KEY_PAIRS_KEPT = 4;

// The encoder signs on every keystroke and reads its key text afresh each time, so the key's bytes
// (not an object) find the pair: ML-DSA's keygen would otherwise run on each keystroke.
const keyPairs = new WeakMap<RawSigner, Map<string, RawKeyPair>>();

/**
 * Returns the signer's key pair of a private key, derived on the first call and kept for the last
 * few keys; throws (and keeps nothing) when the library refuses the key. Does not check that the key
 * fits an `alg`.
 */
export function deriveRawKeyPair(signer: RawSigner, privateKey: RawPrivateKey): RawKeyPair {
  let kept = keyPairs.get(signer);
  if (kept === undefined) {
    kept = new Map();
    keyPairs.set(signer, kept);
  }
  const id = `${privateKey.form}:${encodeHex(privateKey.bytes)}`;
  let pair = kept.get(id);
  if (pair === undefined) {
    pair = signer.derive(privateKey);
    if (kept.size >= KEY_PAIRS_KEPT) kept.delete(kept.keys().next().value ?? '');
  } else {
    kept.delete(id);
  }
  // Re-inserted last, so the least recently used pair is the first one dropped.
  kept.set(id, pair);
  return pair;
}

/** The raw-key scheme a JWS `alg` signs with, or null when WebCrypto (through jose) handles it; `EdDSA` follows its key's curve instead. */
export function rawKeySchemeOfAlg(alg: string): RawKeyScheme | null {
  switch (alg) {
    case 'ES256K':
      return 'secp256k1';
    case 'Ed448':
      return 'Ed448';
    case 'ML-DSA-44':
    case 'ML-DSA-65':
    case 'ML-DSA-87':
      return alg;
    default:
      return null;
  }
}
