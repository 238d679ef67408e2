import type { Finding, Rule, RuleMeta } from '../finding';
import { checkKeyUrl, URL_FLAG_MESSAGE_IDS } from '../key-url-finding';
import { JWT_TOOL, LAB_JKU_INJECTION, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §4.1.2 and RFC 8725 §3.10: a key-set URL from the token must be checked against an allow-list.
export const meta: RuleMeta = {
  id: 'jku-header',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['keyUrl', ...URL_FLAG_MESSAGE_IDS],
  references: [rfc(7515, '4.1.2'), rfc(8725, '2.9'), rfc(8725, '3.10'), RFC8725BIS, LAB_JKU_INJECTION, JWT_TOOL],
  docsAnchor: 'jku-header',
};

export function check(context: RuleContext): Finding[] {
  return checkKeyUrl(meta, 'jku', context);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
