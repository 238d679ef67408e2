import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7516 §4.1.3 and RFC 8725 §3.6: compression before encryption leaks length; receivers must cap inflation.
export const meta: RuleMeta = {
  id: 'jwe-zip',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['compressed', 'unknownValue', 'inJws'],
  references: [
    rfc(7516, '4.1.3'),
    rfc(8725, '2.4'),
    rfc(8725, '3.6'),
    RFC8725BIS,
    cve('CVE-2024-33664', 'python-jose'),
    cve('CVE-2024-28176', 'jose (npm)'),
    cve('CVE-2024-28180', 'go-jose'),
    cve('CVE-2024-28102', 'jwcrypto'),
    cve('CVE-2024-21319', 'Microsoft IdentityModel'),
    cve('CVE-2024-28122', 'lestrrat-go/jwx'),
    cve('CVE-2024-29371', 'jose4j'),
  ],
  docsAnchor: 'jwe-zip',
};

export function check(context: RuleContext): Finding[] {
  const member = findMember('header', context.header, 'zip');
  if (member === null) return [];
  const { value: zip, evidence } = member;
  if (context.kind !== 'jwe') return [createFinding(meta, 'inJws', { zip: describeValue(zip) }, evidence)];
  if (zip === 'DEF') return [createFinding(meta, 'compressed', {}, evidence)];
  return [createFinding(meta, 'unknownValue', { zip: describeValue(zip) }, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
