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

const HOUR = 3600;
const DAY = 24 * HOUR;

function isAccessToken(context: RuleContext): boolean {
  const payload = context.payload ?? {};
  return normaliseTyp(context.header?.typ) === 'at+jwt' || ['scope', 'scp', 'client_id'].some((claim) => Object.hasOwn(payload, claim));
}

function judge(lifetimeSeconds: number, accessToken: boolean): Severity | null {
  if (lifetimeSeconds > 30 * DAY) return 'high';
  if (lifetimeSeconds > DAY) return 'medium';
  if (accessToken && lifetimeSeconds > HOUR) return 'low';
  return null;
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  const exp = finite(payload?.exp);
  if (context.kind !== 'jws' || payload === null || exp === null) return [];
  const start = finite(payload.iat) ?? finite(payload.nbf);
  const fromNow = start === null;
  if (fromNow && context.clock === undefined) return [];
  // Measured from now, the remaining time is rounded to minutes so the message does not tick.
  const lifetimeSeconds = fromNow ? Math.floor((exp - (context.clock?.nowSeconds ?? exp)) / 60) * 60 : exp - start;
  const profile = isAccessToken(context) ? 'access' : 'other';
  const severity = judge(lifetimeSeconds, profile === 'access');
  if (severity === null) return [];
  const evidence = [{ part: 'payload' as const, pointer: pointerTo('exp'), value: String(exp) }];
  return [createFinding(meta, fromNow ? 'remaining' : 'lifetime', { lifetimeSeconds, profile }, evidence, severity)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
