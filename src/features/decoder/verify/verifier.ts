// The verifier chunk: jose, the key readers and the JWE decrypter, loaded on the first key (or the key box's focus),
// never with the page. One entry, so the key is read by the same module that verifies it.
export { parseKeyInput } from '../../../core/keys/parse-key-input';
export { verifySignature } from '../../../core/crypto/verify-signature';
export { describeKey } from './describe-key';
export { decryptJwe } from '../../../core/crypto/decrypt-jwe';
