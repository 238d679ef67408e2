/** Every rule id of the catalog (docs/security-rules.md), in catalog order; stable public identifiers. */
export const RULE_IDS = [
  'alg-none',
  'alg-invalid',
  'empty-signature',
  'signature-length-mismatch',
  'ecdsa-zero-signature',
  'rsa-key-too-small',
  'hmac-empty-secret',
  'hmac-weak-secret',
  'hmac-short-secret',
  'alg-confusion-public-key-as-hmac-secret',
  'symmetric-alg-with-public-issuer',
  'alg-key-mismatch',
  'signature-invalid',
  'embedded-jwk-header',
  'private-key-exposed',
  'x5c-header',
  'jku-header',
  'x5u-header',
  'kid-path-traversal',
  'kid-sql-injection',
  'kid-other-injection',
  'crit-unknown',
  'b64-false',
  'typ-mismatch',
  'cty-header',
  'non-canonical-base64url',
  'not-compact-serialization',
  'duplicate-json-keys',
  'json-parsing-anomaly',
  'missing-exp',
  'expired',
  'not-yet-valid',
  'iat-in-future',
  'time-claim-invalid',
  'excessive-lifetime',
  'missing-iss',
  'missing-aud',
  'sensitive-data-in-payload',
  'pii-in-payload',
  'large-token',
  'jwe-unsigned-content',
  'jwe-zip',
  'pbes2-high-count',
  'ecdh-es-invalid-epk',
  'jwe-weak-key-management',
  'jwe-part-length-mismatch',
  'invisible-characters',
  'mixed-script-identifier',
] as const;

/** A rule's stable id: the UI contract's `data-rule` value and its catalogue and docs key. */
export type RuleId = (typeof RULE_IDS)[number];

/** Returns whether a string is a rule id (for route parameters); does not say whether the rule ran. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
