import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { normaliseTyp } from '../jose-registries';
import { PORTSWIGGER_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §5.2: cty JWT marks a nested token, which must be verified too; other values are for non-JWT content.
export const meta: RuleMeta = {
  id: 'cty-header',
  severity: 'low',
  severities: ['low', 'info'],
  needs: ['token'],
  messageIds: ['nested', 'unusual'],
  references: [rfc(7519, '5.2'), rfc(7515, '4.1.10'), rfc(8725, '3.3'), PORTSWIGGER_JWT],
  docsAnchor: 'cty-header',
};

export function check(context: RuleContext): Finding[] {
  const member = findMember('header', context.header, 'cty');
  if (member === null) return [];
  const { value: cty, evidence } = member;
  if (normaliseTyp(cty) === 'jwt') return [createFinding(meta, 'nested', {}, evidence, 'info')];
  return [createFinding(meta, 'unusual', { cty: describeValue(cty) }, evidence, 'low')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
