import { readTimeClaims } from '../../claims/evaluate-time-window';
import { readRemainingSeconds } from '../../claims/time-policy';
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../../claims/unix-seconds';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta, type Severity } from '../finding';
import { normaliseTyp } from '../jose-registries';
import { BROWSER_APPS_BCP, OWASP_JWT_JAVA, OWASP_WSTG_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 6819 §5.1.5.3 and OWASP: short-lived tokens limit what a stolen one is worth.
export const meta: RuleMeta = {
  id: 'excessive-lifetime',
  severity: 'high',
  severities: ['high', 'medium', 'low'],
  needs: ['token', 'clock'],
  messageIds: ['lifetime', 'remaining'],
  references: [OWASP_JWT_JAVA, OWASP_WSTG_JWT, rfc(6819, '5.1.5.3'), BROWSER_APPS_BCP],
  docsAnchor: 'excessive-lifetime',
};

function isAccessToken(context: RuleContext): boolean {
  const payload = context.payload ?? {};
  return normaliseTyp(context.header?.typ) === 'at+jwt' || ['scope', 'scp', 'client_id'].some((claim) => Object.hasOwn(payload, claim));
}

function judge(lifetimeSeconds: number, accessToken: boolean): Severity | null {
  if (lifetimeSeconds > 30 * SECONDS_PER_DAY) return 'high';
  if (lifetimeSeconds > SECONDS_PER_DAY) return 'medium';
  if (accessToken && lifetimeSeconds > SECONDS_PER_HOUR) return 'low';
  return null;
}

export function check(context: RuleContext): Finding[] {
  const { payload, clock } = context;
  if (context.kind !== 'jws' || payload === null) return [];
  const { expiresAt: exp, issuedAt, notBefore } = readTimeClaims(payload);
  if (exp === null) return [];
  const start = issuedAt ?? notBefore;
  const fromNow = start === null;
  // Without a start, the time left, rounded by the policy so the message does not tick.
  // exp and iat at opposite ends of the double range are further apart than a double can say: the longest it can is the lifetime.
  const lifetimeSeconds = start !== null ? Math.min(exp - start, Number.MAX_VALUE) : clock !== undefined ? readRemainingSeconds(exp, clock.nowSeconds) : null;
  if (lifetimeSeconds === null) return [];
  const profile = isAccessToken(context) ? 'access' : 'other';
  const severity = judge(lifetimeSeconds, profile === 'access');
  if (severity === null) return [];
  const evidence = [{ part: 'payload' as const, pointer: pointerTo('exp'), value: String(exp) }];
  return [createFinding(meta, fromNow ? 'remaining' : 'lifetime', { lifetimeSeconds, profile }, evidence, severity)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
