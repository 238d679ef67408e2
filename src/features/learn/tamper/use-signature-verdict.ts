import type { VerificationResult } from '../../../core/crypto/verification-result';
import { verifySignature } from '../../../core/crypto/verify-signature';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useAsyncValue } from '../../../platform/use-async-value';

/** The app's verdict on a token's signature with the learn key, or null while it is being checked. */
export function useSignatureVerdict(token: string, keyText: string, secretEncoding: SecretEncoding): VerificationResult | null {
  const verdict = useAsyncValue(() => verifySignature({ token, key: keyText }, { secretEncoding }), [token, keyText, secretEncoding]);
  return verdict.settled ? verdict.value : null;
}
