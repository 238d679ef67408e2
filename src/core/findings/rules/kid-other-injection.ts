import { createFinding, describeValue, findMember, type Finding, type Rule, type RuleMeta } from '../finding';
import { JWT_TOOL, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { percentDecodeOnce } from './kid-path-traversal';

// RFC 7515 §4.1.4: kid is a string; RFC 8725 §3.10: it must never reach a shell, LDAP filter or fetch.
export const meta: RuleMeta = {
  id: 'kid-other-injection',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['notString', 'suspicious', 'shell', 'ldap', 'lineBreak', 'url', 'tooLong'],
  references: [rfc(7515, '4.1.4'), rfc(8725, '2.9'), rfc(8725, '3.10'), JWT_TOOL],
  docsAnchor: 'kid-other-injection',
};

const MAX_KID_LENGTH = 256;
const KID_OTHER: readonly [string, (kid: string) => boolean][] = [
  ['shell', (kid) => /[|;`<>]|\$\(|&&/.test(kid)],
  ['ldap', (kid) => /[*()|&]/.test(kid) && kid.includes('=')],
  ['lineBreak', (kid) => /[\r\n]/.test(kid)],
  ['url', (kid) => /^[a-z][a-z0-9+.-]*:\/\//i.test(kid)],
  ['tooLong', (kid) => kid.length > MAX_KID_LENGTH],
];

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function check(context: RuleContext): Finding[] {
  const member = findMember('header', context.header, 'kid');
  if (member === null) return [];
  const { value: kid, evidence } = member;
  if (typeof kid !== 'string') return [createFinding(meta, 'notString', { type: typeOf(kid) }, evidence)];
  const decoded = percentDecodeOnce(kid);
  const matched = KID_OTHER.filter(([, test]) => test(decoded)).map(([name]) => name);
  if (matched.length === 0) return [];
  return [{ ...createFinding(meta, 'suspicious', { kid: describeValue(kid) }, evidence), notes: matched.map((messageId) => ({ messageId })) }];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
