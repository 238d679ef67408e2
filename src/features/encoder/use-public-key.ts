import { derivePublicKeyPem } from '../../core/crypto/sign-token';
import { useAsyncValue } from '../../platform/use-async-value';

/** The SPKI PEM of the private key in the key box, or null (a secret, a public key, unreadable, or not yet derived). */
export function usePublicKey(keyText: string, skip: boolean): string | null {
  const derived = useAsyncValue(skip ? null : () => derivePublicKeyPem(keyText).then((result) => (result.ok ? result.publicKeyPem : null)), [keyText]);
  return derived.settled ? derived.value : null;
}
