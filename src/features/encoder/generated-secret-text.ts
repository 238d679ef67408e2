import { encodeSecretText } from '../../core/crypto/generate-key';
import type { SecretEncoding } from '../../core/keys/decode-secret';

/**
 * Returns generated secret bytes as text in the chosen encoding. Random bytes are not text: a UTF-8
 * choice would change them, so they are written in base64url instead (the returned encoding says which).
 */
export function generatedSecretText(bytes: Uint8Array, chosen: SecretEncoding): { text: string; encoding: Exclude<SecretEncoding, 'utf8'> } {
  const encoding = chosen === 'utf8' ? 'base64url' : chosen;
  return { text: encodeSecretText(bytes, encoding), encoding };
}
