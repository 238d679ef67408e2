import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { normaliseTyp } from '../jose-registries';
import { OIDC_CORE, OWASP_JWT_JAVA, OWASP_WSTG_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.4 (exp), RFC 9068 §2.2 and OIDC Core §2 (required there): without exp a token never expires.
export const meta: RuleMeta = {
  id: 'missing-exp',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['noExpiry'],
  references: [rfc(7519, '4.1.4'), rfc(9068, '2.2'), OIDC_CORE, OWASP_JWT_JAVA, OWASP_WSTG_JWT],
  docsAnchor: 'missing-exp',
};

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null || Object.hasOwn(payload, 'exp')) return [];
  // DPoP proofs are bounded by iat and the server's own window instead (RFC 9449 §11.1).
  if (normaliseTyp(context.header?.typ) === 'dpop+jwt') return [];
  return [createFinding(meta, 'noExpiry', {}, [{ part: 'payload', pointer: '/exp' }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
