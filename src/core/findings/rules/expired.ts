import { judgeTimeClaims } from '../../claims/evaluate-time-window';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { JWT_TOOL, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.4: the token must not be accepted on or after exp, apart from a small leeway.
export const meta: RuleMeta = {
  id: 'expired',
  severity: 'info',
  severities: ['info'],
  needs: ['token', 'clock'],
  messageIds: ['expired', 'expiredWithinLeeway'],
  references: [rfc(7519, '4.1.4'), rfc(7519, '7.2'), JWT_TOOL],
  docsAnchor: 'expired',
};

export function check(context: RuleContext): Finding[] {
  const { payload, clock } = context;
  if (context.kind !== 'jws' || clock === undefined || payload === null) return [];
  const { expiresAt: exp, pastExpiry, expired, leewaySeconds } = judgeTimeClaims(payload, clock.nowSeconds, clock.leewaySeconds);
  if (exp === null || !pastExpiry) return [];
  const evidence = [{ part: 'payload' as const, pointer: pointerTo('exp'), value: String(exp) }];
  return [createFinding(meta, expired ? 'expired' : 'expiredWithinLeeway', { expAt: exp, agoSeconds: Math.floor(clock.nowSeconds - exp), leewaySeconds }, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
