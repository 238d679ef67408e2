import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { OWASP_JWT_JAVA, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 6265 §6.1: browsers need only store 4096 bytes per cookie; servers commonly cap headers near 8 KB.
export const meta: RuleMeta = {
  id: 'large-token',
  severity: 'low',
  severities: ['low', 'info'],
  needs: ['token'],
  messageIds: ['overCookieLimit', 'overHeaderLimit'],
  references: [rfc(6265, '6.1'), OWASP_JWT_JAVA],
  docsAnchor: 'large-token',
};

const COOKIE_LIMIT = 4096;
const HEADER_LIMIT = 8192;

export function check(context: RuleContext): Finding[] {
  const bytes = context.tokenText.length;
  if (context.kind === 'empty' || bytes <= COOKIE_LIMIT) return [];
  const evidence = [{ part: 'token' as const, measure: { unit: 'bytes' as const, count: bytes } }];
  if (bytes > HEADER_LIMIT) return [createFinding(meta, 'overHeaderLimit', { bytes, limit: HEADER_LIMIT }, evidence, 'low')];
  return [createFinding(meta, 'overCookieLimit', { bytes, limit: COOKIE_LIMIT }, evidence, 'info')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
