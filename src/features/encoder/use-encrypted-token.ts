import { encryptJwe, type EncryptInput, type EncryptResult } from '../../core/crypto/encrypt-jwe';
import { useLiveResult, type LiveResult } from './use-live-result';

/** The last settled encryption result, and whether the inputs have changed since. */
export type EncryptionView = LiveResult<EncryptResult>;

/** Encrypts (signing first when `sign` is given) whenever an input changes, while active; see useLiveResult. */
export function useEncryptedToken(input: EncryptInput, active: boolean): EncryptionView {
  const { headerJson, payloadJson, alg, enc, key, secretEncoding, sign } = input;
  return useLiveResult(
    active ? () => encryptJwe(input) : null,
    (cause): EncryptResult => ({ ok: false, error: { code: 'encrypt-failed', field: 'key', params: { alg, enc, errorName: 'unexpected' }, cause } }),
    [active, headerJson, payloadJson, alg, enc, key, secretEncoding, sign !== undefined, sign?.headerJson, sign?.alg, sign?.key, sign?.secretEncoding, sign?.allowNone],
  );
}
