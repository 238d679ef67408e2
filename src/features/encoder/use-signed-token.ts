import { signToken, type SignInput, type SignResult } from '../../core/crypto/sign-token';
import { useLiveResult, type LiveResult } from './use-live-result';

/** The last settled signing result, and whether the inputs have changed since (a new one is on its way). */
export type SigningView = LiveResult<SignResult>;

/** Signs whenever an input changes (while active); see useLiveResult for how results of stale inputs are dropped. */
export function useSignedToken(input: SignInput, active = true): SigningView {
  const { headerJson, payloadJson, alg, key, secretEncoding, allowNone } = input;
  return useLiveResult(
    !active ? null : () => signToken({ headerJson, payloadJson, alg, key, secretEncoding, allowNone }),
    (cause): SignResult => ({ ok: false, error: { code: 'sign-failed', field: 'key', params: { alg, errorName: 'unexpected' }, cause } }),
    [headerJson, payloadJson, alg, key, secretEncoding, allowNone],
  );
}
