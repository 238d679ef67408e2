import { analyseSdJwt } from '../../sd-jwt/analyse-sd-jwt';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 9901 §4.1.1: without `_sd_alg` the digests are sha-256; one the verifier does not support means rejection.
export const meta: RuleMeta = {
  id: 'sd-jwt-hash-alg',
  severity: 'medium',
  severities: ['medium', 'info'],
  needs: ['token'],
  messageIds: ['unsupported', 'missing'],
  references: [rfc(9901, '4.1.1'), rfc(9901, '7.1')],
  docsAnchor: 'sd-jwt-hash-alg',
};

export function check(context: RuleContext): Finding[] {
  const analysis = analyseSdJwt(context.decoded);
  if (analysis === null) return [];
  const { hashAlg } = analysis;
  if (hashAlg.name === null) return [createFinding(meta, 'unsupported', { alg: hashAlg.written }, [{ part: 'payload', pointer: pointerTo('_sd_alg'), value: hashAlg.written }])];
  return hashAlg.stated ? [] : [createFinding(meta, 'missing', {}, [{ part: 'payload' }], 'info')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
