import { ed448 } from '@noble/curves/ed448.js';
import type { RawSigner } from './raw-signer';

/** Ed448 (RFC 8032 §5.2, empty context, as RFC 8037 §3.1 uses it). */
export const ed448Signer: RawSigner = {
  isValidPublicKey: (publicKey) => ed448.utils.isValidPublicKey(publicKey),
  verify: (signature, message, publicKey) => signature.length === ed448.lengths.signature && ed448.verify(signature, message, publicKey),
  derive: (privateKey) => ({
    publicKey: ed448.getPublicKey(privateKey.bytes),
    sign: (message) => ed448.sign(message, privateKey.bytes),
  }),
  generateSeed: () => ed448.utils.randomSecretKey(),
};
