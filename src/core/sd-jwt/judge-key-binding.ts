import type { VerifyStatus } from '../crypto/verification-result';
import type { KeyBindingReading } from './read-key-binding';

/** The key-binding verdict; equal to the UI contract's `kb-status` `data-status` values. */
export type KeyBindingStatus = 'no-key' | 'valid' | 'invalid';

/** Why the verdict is what it is; `no-kb-jwt` and `no-cnf` explain `no-key`, the rest `invalid`. */
export type KeyBindingReason =
  | 'no-kb-jwt'
  | 'no-cnf'
  | 'malformed'
  /** `typ` is not `kb+jwt` (RFC 9901 §4.3). */
  | 'typ'
  | 'sd-hash-missing'
  | 'sd-hash-mismatch'
  /** `_sd_alg` names a digest this app does not compute, so `sd_hash` could not be checked. */
  | 'sd-hash-unchecked'
  | 'signature-invalid'
  /** The holder key or the KB-JWT's `alg` could not be used (unsupported, unreadable). */
  | 'signature-unchecked';

export interface KeyBindingVerdict {
  status: KeyBindingStatus;
  reasons: KeyBindingReason[];
}

/** How the KB-JWT's `sd_hash` compares with the digest of the presentation. */
export type SdHashCheck = 'match' | 'mismatch' | 'missing' | 'unchecked';

/** Returns how `sd_hash` compares with the presentation's digest; does not look at the signature. */
export function checkSdHash(reading: KeyBindingReading): SdHashCheck {
  if (reading.sdHash === undefined) return 'missing';
  if (reading.expectedSdHash === null) return 'unchecked';
  return reading.sdHash === reading.expectedSdHash ? 'match' : 'mismatch';
}

const SD_HASH_REASONS: Readonly<Record<Exclude<SdHashCheck, 'match'>, KeyBindingReason>> = {
  mismatch: 'sd-hash-mismatch',
  missing: 'sd-hash-missing',
  unchecked: 'sd-hash-unchecked',
};

/**
 * Returns the key-binding verdict from what the KB-JWT says and its signature's status under the
 * holder key (RFC 9901 §7.3 step 5): `valid` only when the signature verifies, `typ` is `kb+jwt`
 * and `sd_hash` matches. Does not judge `iat`, `nonce` or `aud` (the verifier knows what to expect).
 */
export function judgeKeyBinding(reading: KeyBindingReading | null, signature: VerifyStatus): KeyBindingVerdict {
  if (reading === null) return { status: 'no-key', reasons: ['no-kb-jwt'] };
  if (reading.holderKey === null) return { status: 'no-key', reasons: ['no-cnf'] };
  const reasons: KeyBindingReason[] = [];
  if (!reading.wellFormed) reasons.push('malformed');
  if (reading.typ !== 'kb+jwt') reasons.push('typ');
  const sdHash = checkSdHash(reading);
  if (sdHash !== 'match') reasons.push(SD_HASH_REASONS[sdHash]);
  if (signature === 'invalid') reasons.push('signature-invalid');
  else if (signature !== 'valid') reasons.push('signature-unchecked');
  return { status: reasons.length === 0 ? 'valid' : 'invalid', reasons };
}
