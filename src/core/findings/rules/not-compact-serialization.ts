import { parseJson } from '../../json/parse-json';
import { createFinding, partWordOf, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7519 §1 and §7.2: a JWT is always in the compact serialization.
export const meta: RuleMeta = {
  id: 'not-compact-serialization',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['jsonSerialization', 'partCount', 'mixedForm'],
  references: [rfc(7519, '1'), rfc(7519, '7.2'), rfc(7515, '7.2'), RFC8725BIS, cve('CVE-2022-39227', 'python-jwt')],
  docsAnchor: 'not-compact-serialization',
};

function detectJsonSerialization(text: string): 'jws' | 'jwe' | null {
  if (!text.startsWith('{')) return null;
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return null;
  const value = parsed.value;
  if (Object.hasOwn(value, 'payload') && (Object.hasOwn(value, 'signature') || Object.hasOwn(value, 'signatures'))) return 'jws';
  if (Object.hasOwn(value, 'protected') && Object.hasOwn(value, 'ciphertext')) return 'jwe';
  return null;
}

export function check(context: RuleContext): Finding[] {
  const { decoded } = context;
  if (decoded.kind === 'empty') return [];
  const text = decoded.normalisation.text;
  const json = detectJsonSerialization(text);
  if (json !== null) return [createFinding(meta, 'jsonSerialization', { kind: json }, [{ part: 'token', value: text.slice(0, 60) }])];
  const findings: Finding[] = [];
  if (decoded.kind === 'malformed' && decoded.error.code === 'wrong-part-count') {
    findings.push(createFinding(meta, 'partCount', { count: decoded.error.found }, [{ part: 'token' }]));
  }
  const mixed = decoded.parts.find((part) => /[{}"]/.test(part.segment));
  if (mixed !== undefined) findings.push(createFinding(meta, 'mixedForm', { part: partWordOf(mixed.name) }, [{ part: 'token', value: mixed.segment.slice(0, 60) }]));
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
