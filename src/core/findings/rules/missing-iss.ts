import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { OIDC_CORE, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.1 and RFC 8725 §3.8: the verifier needs iss to pick and check the issuer's keys.
export const meta: RuleMeta = {
  id: 'missing-iss',
  severity: 'low',
  severities: ['low'],
  needs: ['token'],
  messageIds: ['missing', 'invalid'],
  references: [rfc(7519, '4.1.1'), rfc(8725, '3.8'), rfc(9068, '2.2'), OIDC_CORE],
  docsAnchor: 'missing-iss',
};

export function check(context: RuleContext): Finding[] {
  if (context.kind !== 'jws' || context.payload === null) return [];
  const iss = findMember('payload', context.payload, 'iss');
  if (iss === null) return [createFinding(meta, 'missing', {}, [{ part: 'payload', pointer: '/iss' }])];
  if (typeof iss.value === 'string' && iss.value.trim() !== '') return [];
  return [createFinding(meta, 'invalid', { value: describeValue(iss.value) }, iss.evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
