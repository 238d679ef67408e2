import { judgeTimeClaims } from '../../claims/evaluate-time-window';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.5: the token must not be accepted before nbf, apart from a small leeway.
export const meta: RuleMeta = {
  id: 'not-yet-valid',
  severity: 'info',
  severities: ['info'],
  needs: ['token', 'clock'],
  messageIds: ['notYetValid'],
  references: [rfc(7519, '4.1.5')],
  docsAnchor: 'not-yet-valid',
};

export function check(context: RuleContext): Finding[] {
  const { payload, clock } = context;
  if (context.kind !== 'jws' || clock === undefined || payload === null) return [];
  const { notBefore: nbf, notYetValid } = judgeTimeClaims(payload, clock.nowSeconds, clock.leewaySeconds);
  if (nbf === null || !notYetValid) return [];
  return [createFinding(meta, 'notYetValid', { nbfAt: nbf, inSeconds: Math.ceil(nbf - clock.nowSeconds) }, [{ part: 'payload', pointer: pointerTo('nbf'), value: String(nbf) }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
