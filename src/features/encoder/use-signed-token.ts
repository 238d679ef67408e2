import { useState } from 'react';
import { signToken, type SignInput, type SignResult } from '../../core/crypto/sign-token';
import { useAsyncValue } from '../../platform/use-async-value';

/** The last settled signing result, and whether the inputs have changed since (a new one is on its way). */
export interface SigningView {
  result: SignResult | null;
  pending: boolean;
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Signs whenever an input changes; a result for inputs that have since changed is dropped. Until the
 * new one settles the previous result stays, marked pending, so the token does not flicker while typing.
 */
export function useSignedToken(input: SignInput): SigningView {
  const { headerJson, payloadJson, alg, key, secretEncoding, allowNone } = input;
  const signed = useAsyncValue(
    () =>
      // A task of its own: signing reads both texts again, which for megabytes would lengthen the keystroke's task.
      nextTask()
        .then(() => signToken({ headerJson, payloadJson, alg, key, secretEncoding, allowNone }))
        .catch((cause: unknown): SignResult => ({ ok: false, error: { code: 'sign-failed', field: 'key', params: { alg, errorName: 'unexpected' }, cause } })),
    [headerJson, payloadJson, alg, key, secretEncoding, allowNone],
  );
  const [last, setLast] = useState<SignResult | null>(null);
  if (signed.settled && signed.value !== last) setLast(signed.value);
  return signed.settled ? { result: signed.value, pending: false } : { result: last, pending: true };
}
