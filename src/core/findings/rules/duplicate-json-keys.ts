import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { BISHOP_FOX_JSON, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §4, RFC 7516 §4, RFC 7519 §4: member names must be unique (RFC 8259 §4 leaves duplicates undefined).
export const meta: RuleMeta = {
  id: 'duplicate-json-keys',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['duplicate'],
  references: [rfc(7515, '4'), rfc(7516, '4'), rfc(7519, '4'), rfc(8259, '4'), BISHOP_FOX_JSON],
  docsAnchor: 'duplicate-json-keys',
};

const MAX_REPORTED = 10;

export function check(context: RuleContext): Finding[] {
  const { decoded } = context;
  if (decoded.kind === 'empty') return [];
  const findings: Finding[] = [];
  for (const part of decoded.parts) {
    if ((part.name !== 'header' && part.name !== 'payload') || !part.decoding.ok || part.decoding.content.type !== 'json') continue;
    for (const duplicate of part.decoding.content.duplicates.slice(0, MAX_REPORTED)) {
      const pointer = `${duplicate.pointer}/${duplicate.name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      findings.push(createFinding(meta, 'duplicate', { part: part.name, name: duplicate.name }, [{ part: part.name, pointer }]));
    }
  }
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
