import type { RuleId } from '../../findings/rule-ids';

/** The guided attacks of the tamper bench, each a known way a broken verifier is fooled. */
export type TamperAttackId = 'alg-none' | 'embedded-jwk' | 'alg-confusion' | 'empty-key' | 'psychic-signature';

/** One guided attack and the security rule that reports a token made by it. */
export interface TamperAttack {
  id: TamperAttackId;
  ruleId: RuleId;
}

/** The attacks in the order they are offered, each with the rule that catches it. */
export const TAMPER_ATTACKS: readonly TamperAttack[] = [
  { id: 'alg-none', ruleId: 'alg-none' },
  { id: 'embedded-jwk', ruleId: 'embedded-jwk-header' },
  { id: 'alg-confusion', ruleId: 'alg-confusion-public-key-as-hmac-secret' },
  { id: 'empty-key', ruleId: 'hmac-empty-secret' },
  { id: 'psychic-signature', ruleId: 'ecdsa-zero-signature' },
];

/** A forged token, or why none was made. */
export type ForgedToken = { ok: true; token: string } | { ok: false; code: 'not-compact-jws' | 'no-public-key' | 'key-generation-failed' | 'signing-failed' };
