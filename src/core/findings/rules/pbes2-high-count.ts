import { createFinding, describeValue, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §4.8.1.2: p2c is attacker-chosen work; RFC 8725bis asks receivers to cap it.
// A count between the common default cap and MAX_P2C is low: bounded work (about a second), but a
// receiver that accepts it has no cap of its own, or a loose one.
export const meta: RuleMeta = {
  id: 'pbes2-high-count',
  severity: 'high',
  severities: ['high', 'low'],
  needs: ['token'],
  messageIds: ['highCount', 'invalidCount', 'aboveCommonCap'],
  references: [
    rfc(7518, '4.8.1.2'),
    RFC8725BIS,
    cve('CVE-2022-36083', 'jose (npm)'),
    cve('CVE-2023-52428', 'Nimbus JOSE+JWT'),
    cve('CVE-2023-49290', 'lestrrat-go/jwx'),
    cve('CVE-2023-50966', 'erlang-jose'),
  ],
  docsAnchor: 'pbes2-high-count',
};

/** Twice OWASP's 600,000 PBKDF2-SHA256 iterations, the cap RFC 8725bis suggests. */
const MAX_P2C = 1_200_000;

/** jose's default `maxPBES2Count`: the most iterations common receivers accept unless told otherwise. */
const COMMON_CAP_P2C = 10_000;

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  const alg = context.alg;
  if (context.kind !== 'jwe' || header === null || typeof alg !== 'string' || !alg.startsWith('PBES2-')) return [];
  const p2c = header.p2c;
  const evidence = [{ part: 'header' as const, pointer: pointerTo('p2c'), value: describeValue(p2c ?? '') }];
  if (typeof p2c !== 'number' || !Number.isInteger(p2c) || p2c <= 0) return [createFinding(meta, 'invalidCount', { value: describeValue(p2c ?? '') }, evidence)];
  if (p2c > MAX_P2C) return [createFinding(meta, 'highCount', { p2c, max: MAX_P2C }, evidence)];
  if (p2c > COMMON_CAP_P2C) return [createFinding(meta, 'aboveCommonCap', { p2c, cap: COMMON_CAP_P2C }, evidence, 'low')];
  return [];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
