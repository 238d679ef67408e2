import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { isNoneVariant } from '../jose-registries';
import { cve, JWT_TOOL, LAB_FLAWED_VERIFICATION, OWASP_WSTG_JWT, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §3.6 and RFC 8725 §3.1–3.2: an unsecured JWS must never be accepted for authentication.
export const meta: RuleMeta = {
  id: 'alg-none',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token'],
  messageIds: ['unsigned', 'caseVariant', 'signaturePresent'],
  references: [
    rfc(7519, '6'),
    rfc(7518, '3.6'),
    rfc(7518, '8.5'),
    rfc(8725, '2.1'),
    rfc(8725, '3.1'),
    rfc(8725, '3.2'),
    RFC8725BIS,
    cve('CVE-2015-2951', 'JWT for PHP'),
    cve('CVE-2018-1000531', 'inversoft prime-jwt'),
    cve('CVE-2022-23540', 'jsonwebtoken'),
    LAB_FLAWED_VERIFICATION,
    OWASP_WSTG_JWT,
    JWT_TOOL,
  ],
  docsAnchor: 'alg-none',
};

export function check(context: RuleContext): Finding[] {
  if (context.kind !== 'jws') return [];
  const variants = context.algCandidates.filter(isNoneVariant);
  if (variants.length === 0) return [];
  const findings: Finding[] = [];
  for (const alg of new Set(variants)) {
    const evidence = [{ part: 'header' as const, pointer: pointerTo('alg'), value: describeValue(alg) }];
    findings.push(alg === 'none' ? createFinding(meta, 'unsigned', {}, evidence) : createFinding(meta, 'caseVariant', { alg }, evidence));
  }
  if (context.signatureSegment !== null && context.signatureSegment !== '') {
    findings.push(createFinding(meta, 'signaturePresent', {}, [{ part: 'signature', value: describeValue(context.signatureSegment) }]));
  }
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
