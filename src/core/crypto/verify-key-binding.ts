import type { JsonObject } from '../json/json-value';
import type { VerificationResult } from './verification-result';
import { verifySignature } from './verify-signature';

/**
 * Returns whether an SD-JWT's key-binding JWT verifies under the holder's key (the issuer payload's
 * `cnf.jwk`), as the decoder's verifier reports any signature: status, reason code, params. Checks
 * the signature only: not `typ`, `sd_hash`, `iat`, `nonce` or `aud` (judgeKeyBinding reads those).
 */
export function verifyKeyBinding(keyBindingJwt: string, holderKey: JsonObject): Promise<VerificationResult> {
  return verifySignature({ token: keyBindingJwt, key: JSON.stringify(holderKey) });
}
