import { judgeTimeClaims } from '../../claims/evaluate-time-window';
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

export function check(context: RuleContext): Finding[] {
  const { payload, clock } = context;
  if (context.kind !== 'jws' || clock === undefined || payload === null) return [];
  const { issuedAt: iat, issuedInFuture, issuedAtSkewSeconds } = judgeTimeClaims(payload, clock.nowSeconds, clock.leewaySeconds);
  if (iat === null || !issuedInFuture) return [];
  return [createFinding(meta, 'issuedInFuture', { iatAt: iat, aheadSeconds: Math.floor(iat - clock.nowSeconds), skewSeconds: issuedAtSkewSeconds }, [{ part: 'payload', pointer: pointerTo('iat'), value: String(iat) }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
