import type { Finding, Rule, RuleMeta } from '../finding';
import { checkKeyUrl, URL_FLAG_MESSAGE_IDS } from '../key-url-finding';
import { BURP_X5U_HEADER, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §4.1.5 and RFC 8725 §3.10: a certificate URL from the token must be checked against an allow-list.
export const meta: RuleMeta = {
  id: 'x5u-header',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['keyUrl', ...URL_FLAG_MESSAGE_IDS],
  references: [rfc(7515, '4.1.5'), rfc(8725, '3.10'), BURP_X5U_HEADER],
  docsAnchor: 'x5u-header',
};

export function check(context: RuleContext): Finding[] {
  return checkKeyUrl(meta, 'x5u', context);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
