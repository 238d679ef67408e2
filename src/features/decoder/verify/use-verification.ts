import { useEffect, useState } from 'react';
import type { VerificationResult } from '../../../core/crypto/verification-result';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import type { DecodedToken } from '../../../core/token/decoded-token';

/** The verification result for this token, key and encoding; null when there is nothing to verify. */
export type VerificationState = VerificationResult | null;

const NO_KEY: VerificationResult = { status: 'no-key' };
const PENDING: VerificationResult = { status: 'pending' };

/** jose and the key readers load on the first key typed, so the decoder's first load stays small. */
function loadVerifier() {
  return import('../../../core/crypto/verify-signature');
}

/** Starts fetching the verifier when the key box gets focus, so the first verdict does not wait for it. */
export function preloadVerifier(): void {
  void loadVerifier().catch(() => {
    // A failed preload is retried by the verification itself, which reports it.
  });
}

/**
 * Verifies the signature whenever the token, the key or the encoding changes. A result for inputs
 * that have since changed is dropped (effect cleanup), so a slow RSA check can never overwrite the
 * result of what the user typed after it.
 */
export function useVerification(decoded: DecodedToken | null, keyText: string, secretEncoding: SecretEncoding): VerificationState {
  // A malformed token goes to the verifier too: it refuses it with a precise reason.
  const token = decoded?.kind === 'jws' || decoded?.kind === 'malformed' ? decoded.normalisation.text : null;
  const hasKey = keyText.trim() !== '';
  const [settled, setSettled] = useState<{ token: string; keyText: string; secretEncoding: SecretEncoding; result: VerificationResult } | null>(
    null,
  );

  useEffect(() => {
    if (token === null || !hasKey) return;
    let current = true;
    void loadVerifier()
      .then(({ verifySignature }) => verifySignature({ token, key: keyText }, { secretEncoding }))
      .catch((cause: unknown): VerificationResult => ({ status: 'error', reason: 'verification-failed', params: { alg: '', errorName: 'load' }, cause }))
      .then((result) => {
        if (current) setSettled({ token, keyText, secretEncoding, result });
      });
    return () => {
      current = false;
    };
  }, [token, keyText, secretEncoding, hasKey]);

  if (token === null) return null;
  if (!hasKey) return NO_KEY;
  if (settled && settled.token === token && settled.keyText === keyText && settled.secretEncoding === secretEncoding) {
    return settled.result;
  }
  return PENDING;
}
