import { createFinding, describeValue, findMember, type Finding, type FindingNote, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §4.1.11 and RFC 7516 §4.1.13: a verifier that does not understand a crit extension must reject.
export const meta: RuleMeta = {
  id: 'crit-unknown',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token'],
  messageIds: ['unknownExtension', 'malformed', 'notArray', 'empty', 'notString', 'duplicate', 'absent', 'registered'],
  references: [rfc(7515, '4.1.11'), rfc(7516, '4.1.13'), rfc(7797, '6')],
  docsAnchor: 'crit-unknown',
};

const CRIT_UNDERSTOOD = new Set(['b64']);
// Names defined by RFC 7515, 7516 and 7518 may never be listed in crit.
const REGISTERED = new Set(['alg', 'enc', 'zip', 'jku', 'jwk', 'kid', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'typ', 'cty', 'crit', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c']);

/** Where must-understand extensions like these are expected, so the finding can say so. */
function guessEcosystem(names: string[]): 'openBanking' | 'jades' | 'none' {
  if (names.some((name) => name.startsWith('http://openbanking.org.uk/'))) return 'openBanking';
  if (names.some((name) => ['sigT', 'sigD', 'srCms', 'srAts', 'sigPl', 'sigPId', 'adoTst', 'etsiU', 'x5t#o', 'sigX5ts', 'x5t#S256'].includes(name))) return 'jades';
  return 'none';
}

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  const member = findMember('header', header, 'crit');
  if (header === null || member === null) return [];
  const { value: crit, evidence } = member;
  const notes: FindingNote[] = [];
  const unknown: string[] = [];
  if (!Array.isArray(crit)) {
    notes.push({ messageId: 'notArray' });
  } else {
    if (crit.length === 0) notes.push({ messageId: 'empty' });
    const seen = new Set<string>();
    for (const entry of crit) {
      if (typeof entry !== 'string') {
        notes.push({ messageId: 'notString', params: { value: describeValue(entry) } });
        continue;
      }
      const name = describeValue(entry);
      if (seen.has(entry)) notes.push({ messageId: 'duplicate', params: { name } });
      seen.add(entry);
      if (REGISTERED.has(entry)) notes.push({ messageId: 'registered', params: { name } });
      else if (!CRIT_UNDERSTOOD.has(entry) && !unknown.includes(entry)) unknown.push(entry);
      if (!Object.hasOwn(header, entry)) notes.push({ messageId: 'absent', params: { name } });
    }
  }
  const findings: Finding[] = [];
  if (unknown.length > 0) {
    findings.push(createFinding(meta, 'unknownExtension', { names: unknown.join(', '), count: unknown.length, ecosystem: guessEcosystem(unknown) }, evidence));
  }
  if (notes.length > 0) findings.push({ ...createFinding(meta, 'malformed', {}, evidence, 'medium'), notes });
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
