import { randomBytes } from '@noble/hashes/utils.js';
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import type { MlDsaName } from '../keys/key-info';
import type { RawPrivateKey } from '../keys/read-raw-key';
import type { RawKeyPair, RawSigner } from './raw-signer';

type MlDsa = typeof ml_dsa44;

/** A seed expands (FIPS 204 ML-DSA.KeyGen) into both halves at once; an expanded key holds the public key's parts. */
function derivePair(dsa: MlDsa, privateKey: RawPrivateKey): RawKeyPair {
  const { secretKey, publicKey } =
    privateKey.form === 'seed' ? dsa.keygen(privateKey.bytes) : { secretKey: privateKey.bytes, publicKey: dsa.getPublicKey(privateKey.bytes) };
  return { publicKey, sign: (message) => dsa.sign(message, secretKey) };
}

// Pure ML-DSA with an empty context (FIPS 204 Algorithm 2/3), as the JOSE draft for ML-DSA signs.
function createSigner(dsa: MlDsa): RawSigner {
  return {
    // FIPS 204 public keys have no structure to check beyond their size (ρ and the packed t1).
    isValidPublicKey: (publicKey) => publicKey.length === dsa.lengths.publicKey,
    verify: (signature, message, publicKey) => signature.length === dsa.lengths.signature && dsa.verify(signature, message, publicKey),
    derive: (privateKey) => derivePair(dsa, privateKey),
    generateSeed: () => randomBytes(dsa.lengths.seed),
  };
}

/** ML-DSA-44, -65 and -87 (FIPS 204) by their JOSE `alg`. */
export const ML_DSA_SIGNERS: Readonly<Record<MlDsaName, RawSigner>> = {
  'ML-DSA-44': createSigner(ml_dsa44),
  'ML-DSA-65': createSigner(ml_dsa65),
  'ML-DSA-87': createSigner(ml_dsa87),
};
