import { decodeBase64Url } from '../../encoding/base64url';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { DEPRECATE_NONE_RSA15, OWASP_JWE, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §8.3 (RSA1_5 padding oracles) and §4.8.1.1–4.8.1.2 (PBES2: salt ≥ 8 bytes, ≥ 1000 iterations).
export const meta: RuleMeta = {
  id: 'jwe-weak-key-management',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['rsa15', 'fewIterations', 'shortSalt'],
  references: [rfc(7518, '4.2'), rfc(7518, '8.3'), rfc(7518, '4.8.1.1'), rfc(7518, '4.8.1.2'), rfc(7518, '8.8'), rfc(8725, '3.2'), rfc(8725, '3.5'), DEPRECATE_NONE_RSA15, OWASP_JWE],
  docsAnchor: 'jwe-weak-key-management',
};

const MIN_P2C = 1000;
const MIN_SALT_BYTES = 8;

function saltLength(p2s: unknown): number {
  if (typeof p2s !== 'string' || !/^[A-Za-z0-9_-]*$/.test(p2s)) return 0;
  const decoded = decodeBase64Url(p2s);
  return decoded.ok && decoded.notes.length === 0 ? decoded.bytes.length : 0;
}

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  const alg = context.alg;
  if (context.kind !== 'jwe' || header === null || typeof alg !== 'string') return [];
  if (alg === 'RSA1_5') return [createFinding(meta, 'rsa15', {}, [{ part: 'header', pointer: pointerTo('alg'), value: alg }])];
  if (!alg.startsWith('PBES2-')) return [];
  const findings: Finding[] = [];
  const p2c = header.p2c;
  if (typeof p2c === 'number' && p2c > 0 && p2c < MIN_P2C) findings.push(createFinding(meta, 'fewIterations', { p2c, min: MIN_P2C }, [{ part: 'header', pointer: pointerTo('p2c'), value: String(p2c) }]));
  const bytes = saltLength(header.p2s);
  if (bytes < MIN_SALT_BYTES) findings.push(createFinding(meta, 'shortSalt', { bytes, min: MIN_SALT_BYTES }, [{ part: 'header', pointer: pointerTo('p2s'), value: typeof header.p2s === 'string' ? header.p2s : '' }]));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
