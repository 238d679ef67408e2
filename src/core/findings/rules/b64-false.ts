import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7797 §7: JWTs must not use the unencoded payload option; §6: b64 must be listed in crit.
export const meta: RuleMeta = {
  id: 'b64-false',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token'],
  messageIds: ['unencodedPayload', 'notCritical', 'notBoolean'],
  references: [rfc(7797, '3'), rfc(7797, '5'), rfc(7797, '6'), rfc(7797, '7'), rfc(7797, '8')],
  docsAnchor: 'b64-false',
};

export function check(context: RuleContext): Finding[] {
  const member = findMember('header', context.header, 'b64');
  if (member === null) return [];
  const { value: b64, evidence } = member;
  const findings: Finding[] = [];
  if (b64 === false) findings.push(createFinding(meta, 'unencodedPayload', {}, evidence));
  else if (typeof b64 !== 'boolean') findings.push(createFinding(meta, 'notBoolean', { value: describeValue(b64) }, evidence, 'medium'));
  const crit = context.header?.crit;
  if (!Array.isArray(crit) || !crit.includes('b64')) findings.push(createFinding(meta, 'notCritical', {}, evidence));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
