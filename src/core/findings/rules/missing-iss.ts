import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
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
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  if (!Object.hasOwn(payload, 'iss')) return [createFinding(meta, 'missing', {}, [{ part: 'payload', pointer: '/iss' }])];
  const iss = payload.iss;
  if (typeof iss === 'string' && iss.trim() !== '') return [];
  return [createFinding(meta, 'invalid', { value: describeValue(iss) }, [{ part: 'payload', pointer: pointerTo('iss'), value: describeValue(iss) }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
