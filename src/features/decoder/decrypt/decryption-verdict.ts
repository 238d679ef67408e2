import type { JweDecrypted, JweDecryption, JweDecryptionFailure, JweReasonCode } from '../../../core/crypto/jwe-decryption';
import { readPlaintext, type Plaintext } from './read-plaintext';

/** The UI contract's `decrypt-status` values. */
export type DecryptStatus = 'no-key' | 'pending' | 'decrypted' | 'failed' | 'unsupported';

/** A `decrypt-reason` code: decryptJwe's, or the decrypter's code failing to load. */
export type DecryptReason = JweReasonCode | 'decrypter-unavailable';

/** Where the decryption of the JWE on screen stands, with the plaintext read once it is there. */
export type DecryptionVerdict =
  | { state: 'no-key' }
  | { state: 'pending'; /** Set while a PBES2 derivation the user allowed runs in a worker. */ allowed?: { alg: string; count: number } }
  | { state: 'decrypted'; result: JweDecrypted; plaintext: Plaintext }
  | { state: 'failed'; result: JweDecryptionFailure }
  | { state: 'unavailable' };

export const NO_KEY_DECRYPTION: DecryptionVerdict = { state: 'no-key' };
export const PENDING_DECRYPTION: DecryptionVerdict = { state: 'pending' };
export const UNAVAILABLE_DECRYPTION: DecryptionVerdict = { state: 'unavailable' };

/** Returns the verdict for a settled decryption, its plaintext read for display (`cty` from the header). */
export function settleDecryption(result: JweDecryption, cty: unknown): DecryptionVerdict {
  return result.status === 'decrypted' ? { state: 'decrypted', result, plaintext: readPlaintext(result.plaintext, cty) } : { state: 'failed', result };
}

/** Returns the contract's status: what the browser lacks is `unsupported`, every other refusal `failed`. */
export function decryptStatusOf(verdict: DecryptionVerdict): DecryptStatus {
  switch (verdict.state) {
    case 'no-key':
    case 'pending':
    case 'decrypted':
      return verdict.state;
    case 'unavailable':
      return 'failed';
    case 'failed':
      if (verdict.result.status === 'key-needed') return 'no-key';
      return verdict.result.status === 'unsupported' ? 'unsupported' : 'failed';
  }
}

/** Returns the reason code of a failed or unsupported decryption, or null when there is none to give. */
export function decryptReasonOf(verdict: DecryptionVerdict): DecryptReason | null {
  if (verdict.state === 'unavailable') return 'decrypter-unavailable';
  if (verdict.state !== 'failed' || verdict.result.status === 'key-needed') return null;
  return verdict.result.reason;
}
