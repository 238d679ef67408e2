import { analyseSdJwt } from '../../sd-jwt/analyse-sd-jwt';
import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 9901 §7.1 step 4: a digest found more than once, in the payload or among the disclosures, must be rejected.
export const meta: RuleMeta = {
  id: 'sd-jwt-repeated-digest',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['repeated'],
  references: [rfc(9901, '7.1'), rfc(9901, '4.2.4')],
  docsAnchor: 'sd-jwt-repeated-digest',
};

export function check(context: RuleContext): Finding[] {
  const analysis = analyseSdJwt(context.decoded);
  if (analysis === null) return [];
  return analysis.repeatedDigests.map((digest) => createFinding(meta, 'repeated', { digest }, [{ part: 'token', value: digest }]));
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
