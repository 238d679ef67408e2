import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §4.1.5: the token must not be accepted before nbf.
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
  const nbf = context.payload?.nbf;
  const clock = context.clock;
  if (context.kind !== 'jws' || clock === undefined || typeof nbf !== 'number' || !Number.isFinite(nbf) || clock.nowSeconds >= nbf) return [];
  return [createFinding(meta, 'notYetValid', { nbfAt: nbf, inSeconds: Math.ceil(nbf - clock.nowSeconds) }, [{ part: 'payload', pointer: pointerTo('nbf'), value: String(nbf) }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
