import { secp256k1 } from '@noble/curves/secp256k1.js';
import type { RawSigner } from './raw-signer';

const SIGNATURE_BYTES = 64;

/** ES256K (RFC 8812): ECDSA over secp256k1 with SHA-256, signatures as raw R‖S. */
export const secp256k1Signer: RawSigner = {
  isValidPublicKey: (publicKey) => secp256k1.utils.isValidPublicKey(publicKey),
  // RFC 8812 asks for no low-S form, and OpenSSL signs with a high S half the time: both must verify.
  verify: (signature, message, publicKey) => signature.length === SIGNATURE_BYTES && secp256k1.verify(signature, message, publicKey, { lowS: false }),
  derive: (privateKey) => ({
    publicKey: secp256k1.getPublicKey(privateKey.bytes, false),
    sign: (message) => secp256k1.sign(message, privateKey.bytes),
  }),
  generateSeed: () => secp256k1.utils.randomSecretKey(),
};
