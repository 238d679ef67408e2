import { toBigInt } from '../../keys/der';
import type { SignatureWalkError } from '../signature-walk';
import { bitLength, modPow, toFixedBytes } from './big-integers';

/** The RSA verification primitive's result (RFC 8017 §5.2.2), or why the signature cannot enter it. */
export type RsaOpening =
  | {
      ok: true;
      /** s^e mod n, as `length` bytes. */
      em: Uint8Array;
      /** The signature as an integer is below n (RSAVP1's range check); when false, no signature verifies. */
      inRange: boolean;
      modulusBits: number;
    }
  | { ok: false; error: SignatureWalkError };

/**
 * Returns s^e mod n as `length(n) - emShorter` bytes (`emShorter` = 1 when EMSA-PSS's emLen is a
 * byte shorter than n); refuses a signature that is not exactly as long as n. Checks no padding.
 */
export function openRsaSignature(n: bigint, e: bigint, signature: Uint8Array, emShorter: 0 | 1 = 0): RsaOpening {
  const modulusBits = bitLength(n);
  const k = Math.ceil(modulusBits / 8);
  if (signature.length !== k) return { ok: false, error: { code: 'signature-length', expected: k, actual: signature.length } };
  const s = toBigInt(signature);
  const m = n > 0n ? modPow(s, e, n) : 0n;
  const em = toFixedBytes(m, k - emShorter);
  // With emShorter, an m of k bytes cannot be an encoding; it is shown whole and fails the walk.
  return em === null ? { ok: true, em: toFixedBytes(m, k) ?? new Uint8Array(k), inRange: false, modulusBits } : { ok: true, em, inRange: s < n, modulusBits };
}
