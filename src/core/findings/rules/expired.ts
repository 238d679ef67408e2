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

const COMMON_LEEWAY_SECONDS = 60;

export function check(context: RuleContext): Finding[] {
  const exp = context.payload?.exp;
  const clock = context.clock;
  if (context.kind !== 'jws' || clock === undefined || typeof exp !== 'number' || !Number.isFinite(exp)) return [];
  const agoSeconds = clock.nowSeconds - exp;
  if (agoSeconds < 0) return [];
  const leeway = Math.max(COMMON_LEEWAY_SECONDS, clock.leewaySeconds);
  const evidence = [{ part: 'payload' as const, pointer: pointerTo('exp'), value: String(exp) }];
  return [createFinding(meta, agoSeconds <= leeway ? 'expiredWithinLeeway' : 'expired', { expAt: exp, agoSeconds: Math.floor(agoSeconds), leewaySeconds: leeway }, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
