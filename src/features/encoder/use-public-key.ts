import { useEffect, useState } from 'react';
import { derivePublicKeyPem } from '../../core/crypto/sign-token';

/** The SPKI PEM of the private key in the key box, or null (a secret, a public key, unreadable, or not yet derived). */
export function usePublicKey(keyText: string, skip: boolean): string | null {
  const [derived, setDerived] = useState<{ keyText: string; pem: string | null } | null>(null);
  useEffect(() => {
    if (skip) return;
    let current = true;
    void derivePublicKeyPem(keyText).then((result) => {
      if (current) setDerived({ keyText, pem: result.ok ? result.publicKeyPem : null });
    });
    return () => {
      current = false;
    };
  }, [keyText, skip]);
  return !skip && derived?.keyText === keyText ? derived.pem : null;
}
