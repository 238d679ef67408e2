import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.6: iat is when the token was issued, so it cannot lie in the future.
export const meta: RuleMeta = {
  id: 'iat-in-future',
  severity: 'low',
  severities: ['low'],
  needs: ['token', 'clock'],
  messageIds: ['issuedInFuture'],
  references: [rfc(7519, '4.1.6')],
  docsAnchor: 'iat-in-future',
};

const DEFAULT_SKEW_SECONDS = 300;

export function check(context: RuleContext): Finding[] {
  const iat = context.payload?.iat;
  const clock = context.clock;
  if (context.kind !== 'jws' || clock === undefined || typeof iat !== 'number' || !Number.isFinite(iat)) return [];
  const skew = Math.max(DEFAULT_SKEW_SECONDS, clock.leewaySeconds);
  if (iat <= clock.nowSeconds + skew) return [];
  return [createFinding(meta, 'issuedInFuture', { iatAt: iat, aheadSeconds: Math.floor(iat - clock.nowSeconds), skewSeconds: skew }, [{ part: 'payload', pointer: pointerTo('iat'), value: String(iat) }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
