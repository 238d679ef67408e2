import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { isNoneVariant } from '../jose-registries';
import { cve, JWT_TOOL, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §5.2: a JWS whose header names a signing algorithm must carry that signature.
export const meta: RuleMeta = {
  id: 'empty-signature',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token'],
  messageIds: ['missingSignature'],
  references: [cve('CVE-2020-28042', 'ServiceStack'), cve('CVE-2022-23540', 'jsonwebtoken'), JWT_TOOL, rfc(7515, '5.2')],
  docsAnchor: 'empty-signature',
};

export function check(context: RuleContext): Finding[] {
  if (context.kind !== 'jws' || context.signatureSegment !== '' || context.header === null) return [];
  const signing = context.algCandidates.filter((alg) => !isNoneVariant(alg));
  if (signing.length === 0 && context.algCandidates.length > 0) return [];
  const alg = signing[0];
  return [createFinding(meta, 'missingSignature', { alg: describeValue(alg ?? '') }, [{ part: 'header', pointer: pointerTo('alg'), value: describeValue(alg ?? '') }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
