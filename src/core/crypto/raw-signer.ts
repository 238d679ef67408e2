import type { RawKeyScheme, RawPrivateKey } from '../keys/read-raw-key';

/** One raw-key signature scheme (secp256k1 ECDSA, Ed448, ML-DSA), as the library that implements it offers it. */
export interface RawSigner {
  /** Returns whether the library accepts the bytes as a public key (size, and a point on the curve); WebCrypto refuses such keys at import. */
  isValidPublicKey(publicKey: Uint8Array): boolean;
  /** Returns whether the signature verifies; false for a signature of the wrong size or a refused public key. */
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
  /** Returns the JOSE signature of `message` (raw R‖S for ECDSA); throws when the library refuses the private key. */
  sign(message: Uint8Array, privateKey: RawPrivateKey): Uint8Array;
  /** Returns the raw public key of a private key (an uncompressed point for secp256k1); throws when it is refused. */
  publicKeyOf(privateKey: RawPrivateKey): Uint8Array;
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
