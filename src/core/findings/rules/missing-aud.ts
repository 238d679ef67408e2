import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { OIDC_CORE, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.3 and RFC 8725 §3.9: without aud a token for one service is accepted by another.
export const meta: RuleMeta = {
  id: 'missing-aud',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['missing', 'empty', 'invalid'],
  references: [rfc(7519, '4.1.3'), rfc(8725, '2.7'), rfc(8725, '3.9'), rfc(9068, '2.2'), OIDC_CORE],
  docsAnchor: 'missing-aud',
};

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  const member = findMember('payload', payload, 'aud');
  if (member === null) return [createFinding(meta, 'missing', {}, [{ part: 'payload', pointer: '/aud' }])];
  const { value: aud, evidence } = member;
  if (aud === '' || (Array.isArray(aud) && aud.length === 0)) return [createFinding(meta, 'empty', {}, evidence)];
  if (typeof aud === 'string' || (Array.isArray(aud) && aud.every((entry) => typeof entry === 'string' && entry !== ''))) return [];
  return [createFinding(meta, 'invalid', { value: describeValue(aud) }, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
