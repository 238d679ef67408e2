import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { JWT_TOOL, OWASP_JWT, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { percentDecodeOnce } from './kid-path-traversal';

// RFC 8725 §2.9 and §3.10: a kid used in a string-built SQL query lets the token choose its own key.
export const meta: RuleMeta = {
  id: 'kid-sql-injection',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['sqlLike'],
  references: [rfc(8725, '2.9'), rfc(8725, '3.10'), RFC8725BIS, OWASP_JWT, JWT_TOOL],
  docsAnchor: 'kid-sql-injection',
};

// A quote plus SQL syntax: `--` alone occurs in kids like `2024--01`, and `#` in URL-like kids.
const WITH_QUOTE: readonly RegExp[] = [/\bunion\b[\s\S]*\bselect\b/i, /\bor\b\s*['"]?\w*['"]?\s*=\s*['"]?\w/i, /--/, /#/, /\/\*/, /;/];
const WITHOUT_QUOTE: readonly RegExp[] = [/\b(sleep|benchmark|pg_sleep)\s*\(/i, /\bwaitfor\s+delay\b/i];

export function check(context: RuleContext): Finding[] {
  const kid = context.header?.kid;
  if (typeof kid !== 'string') return [];
  const decoded = percentDecodeOnce(kid);
  const quoted = /['"]/.test(decoded) && WITH_QUOTE.some((pattern) => pattern.test(decoded));
  if (!quoted && !WITHOUT_QUOTE.some((pattern) => pattern.test(decoded))) return [];
  return [createFinding(meta, 'sqlLike', { kid }, [{ part: 'header', pointer: pointerTo('kid'), value: kid }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
