import { useEffect, useState } from 'react';
import { signToken, type SignInput, type SignResult } from '../../core/crypto/sign-token';

/** The last settled signing result, and whether the inputs have changed since (a new one is on its way). */
export interface SigningView {
  result: SignResult | null;
  pending: boolean;
}

function keyOf(input: SignInput): string {
  return JSON.stringify([input.headerJson, input.payloadJson, input.alg, input.key, input.secretEncoding, input.allowNone]);
}

/**
 * Signs whenever an input changes. A result for inputs that have since changed is dropped (effect
 * cleanup); until the new one settles the previous result stays, marked pending, so the token does
 * not flicker while typing.
 */
export function useSignedToken(input: SignInput): SigningView {
  const key = keyOf(input);
  const [settled, setSettled] = useState<{ key: string; result: SignResult } | null>(null);
  const { headerJson, payloadJson, alg, key: keyText, secretEncoding, allowNone } = input;

  useEffect(() => {
    let current = true;
    void signToken({ headerJson, payloadJson, alg, key: keyText, secretEncoding, allowNone })
      .catch((cause: unknown): SignResult => ({ ok: false, error: { code: 'sign-failed', field: 'key', params: { alg, errorName: 'unexpected' }, cause } }))
      .then((result) => {
        if (current) setSettled({ key, result });
      });
    return () => {
      current = false;
    };
  }, [key, headerJson, payloadJson, alg, keyText, secretEncoding, allowNone]);

  return { result: settled?.result ?? null, pending: settled?.key !== key };
}
