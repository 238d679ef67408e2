import { bytesToBigInt, PRIME_CURVES } from '../elliptic-curves';
import { createFinding, describeValue, type Finding, type Rule, type RuleMeta } from '../finding';
import { EC_CURVE_OF_ALG } from '../jose-registries';
import { CONNECT2ID_PSYCHIC, cve, FIPS_186, PSYCHIC_SIGNATURES } from '../references';
import type { RuleContext } from '../rule-context';

// FIPS 186-5 ECDSA verification: r and s must lie in [1, n − 1] (CVE-2022-21449 skipped that check).
export const meta: RuleMeta = {
  id: 'ecdsa-zero-signature',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token'],
  messageIds: ['zero', 'outOfRange'],
  references: [cve('CVE-2022-21449', 'Java "psychic signatures"'), cve('CVE-2021-43570', 'starkbank ecdsa-java'), PSYCHIC_SIGNATURES, CONNECT2ID_PSYCHIC, FIPS_186],
  docsAnchor: 'ecdsa-zero-signature',
};

export function check(context: RuleContext): Finding[] {
  const { signature, alg } = context;
  const curve = typeof alg === 'string' ? PRIME_CURVES.get(EC_CURVE_OF_ALG.get(alg) ?? '') : undefined;
  if (context.kind !== 'jws' || signature === null || curve === undefined || typeof alg !== 'string') return [];
  if (signature.length !== curve.size * 2) return [];
  const r = bytesToBigInt(signature.subarray(0, curve.size));
  const s = bytesToBigInt(signature.subarray(curve.size));
  const evidence = [{ part: 'signature' as const, value: describeValue(context.signatureSegment ?? '') }];
  if (r === 0n && s === 0n) return [createFinding(meta, 'zero', { alg }, evidence)];
  const badR = r === 0n || r >= curve.n;
  const badS = s === 0n || s >= curve.n;
  if (!badR && !badS) return [];
  return [createFinding(meta, 'outOfRange', { alg, component: badR && badS ? 'both' : badR ? 'r' : 's' }, evidence)];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
