import { createFinding, describeValue, type Finding, type Rule, type RuleMeta } from '../finding';
import { LAB_UNVERIFIED_SIGNATURE, OWASP_WSTG_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §5.2: a JWS whose signature does not verify must be rejected.
export const meta: RuleMeta = {
  id: 'signature-invalid',
  severity: 'high',
  severities: ['high'],
  needs: ['token', 'key'],
  messageIds: ['mismatch'],
  references: [rfc(7515, '5.2'), OWASP_WSTG_JWT, LAB_UNVERIFIED_SIGNATURE],
  docsAnchor: 'signature-invalid',
};

export function check(context: RuleContext): Finding[] {
  const result = context.verification;
  if (context.kind !== 'jws' || result?.status !== 'invalid' || result.reason !== 'signature-mismatch') return [];
  const tried = result.params?.tried;
  return [createFinding(meta, 'mismatch', { alg: describeValue(context.alg), tried: typeof tried === 'number' ? tried : 1 }, [{ part: 'signature', value: describeValue(context.signatureSegment ?? '') }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
