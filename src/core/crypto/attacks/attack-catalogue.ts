import type { RuleId } from '../../findings/rule-ids';

/** The attack tokens the encoder builds, equal to the `encoder-attack` option values of the UI contract (after `none`). */
export type AttackKind =
  | 'alg-confusion'
  | 'alg-none'
  | 'embedded-jwk'
  | 'jku'
  | 'x5u'
  | 'kid-injection'
  | 'empty-signature'
  | 'psychic-signature'
  | 'empty-key';

/** What the attack's free-text input holds: nothing, the URL to point at, or a `kid` payload. */
export type AttackInputKind = 'none' | 'url' | 'kid';

/** One way of building an attack, and the security rule that reports the token it makes. */
export interface AttackVariant {
  id: string;
  ruleId: RuleId;
}

/** One attack of the catalogue: its kind, what input it takes and its variants (the first is the default). */
export interface AttackEntry {
  kind: AttackKind;
  input: AttackInputKind;
  variants: readonly [AttackVariant, ...AttackVariant[]];
}

/** The case variants of `none` a verifier comparing case-sensitively (or not at all) may let through. */
export const NONE_SPELLINGS = ['none', 'None', 'NONE', 'nOnE'] as const;

/** Suffix of an `alg-none` variant that keeps a signature segment (RFC 7518 §3.6 wants it empty). */
export const KEEP_SIGNATURE_SUFFIX = '+signature';

const single = (ruleId: RuleId): readonly [AttackVariant] => [{ id: 'default', ruleId }];

/** Every attack, in the contract's order, with the rule that detects each variant. */
export const ATTACK_CATALOGUE: readonly AttackEntry[] = [
  { kind: 'alg-confusion', input: 'none', variants: single('alg-confusion-public-key-as-hmac-secret') },
  {
    kind: 'alg-none',
    input: 'none',
    variants: [
      ...NONE_SPELLINGS.map((spelling) => ({ id: spelling, ruleId: 'alg-none' as const })),
      ...NONE_SPELLINGS.map((spelling) => ({ id: `${spelling}${KEEP_SIGNATURE_SUFFIX}`, ruleId: 'alg-none' as const })),
    ] as [AttackVariant, ...AttackVariant[]],
  },
  { kind: 'embedded-jwk', input: 'none', variants: single('embedded-jwk-header') },
  { kind: 'jku', input: 'url', variants: single('jku-header') },
  { kind: 'x5u', input: 'url', variants: single('x5u-header') },
  {
    kind: 'kid-injection',
    input: 'kid',
    variants: [
      { id: 'path-traversal', ruleId: 'kid-path-traversal' },
      { id: 'sql', ruleId: 'kid-sql-injection' },
    ],
  },
  { kind: 'empty-signature', input: 'none', variants: single('empty-signature') },
  { kind: 'psychic-signature', input: 'none', variants: single('ecdsa-zero-signature') },
  { kind: 'empty-key', input: 'none', variants: single('hmac-empty-secret') },
];

/** Returns the catalogue entry of a kind; throws only for a kind missing from the catalogue, which is a bug. */
export function findAttack(kind: AttackKind): AttackEntry {
  const entry = ATTACK_CATALOGUE.find((candidate) => candidate.kind === kind);
  if (entry === undefined) throw new Error(`attack missing from the catalogue: ${kind}`);
  return entry;
}

/** Returns the variant of an attack by id, or its default variant for an unknown id. */
export function findAttackVariant(kind: AttackKind, variantId: string): AttackVariant {
  const { variants } = findAttack(kind);
  return variants.find((variant) => variant.id === variantId) ?? variants[0];
}

/** True when `value` is one of the catalogue's attack kinds. */
export function isAttackKind(value: unknown): value is AttackKind {
  return ATTACK_CATALOGUE.some((entry) => entry.kind === value);
}
