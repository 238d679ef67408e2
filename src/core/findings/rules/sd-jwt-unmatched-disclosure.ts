import { analyseSdJwt } from '../../sd-jwt/analyse-sd-jwt';
import type { DisclosureReport } from '../../sd-jwt/process-disclosures';
import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 9901 §7.1 steps 3–5: a disclosure not referenced by a digest, unreadable, or misplaced must be rejected.
export const meta: RuleMeta = {
  id: 'sd-jwt-unmatched-disclosure',
  severity: 'high',
  severities: ['high'],
  needs: ['token'],
  messageIds: ['unmatched', 'malformed', 'misplaced', 'claimExists'],
  references: [rfc(9901, '7.1'), rfc(9901, '4.2')],
  docsAnchor: 'sd-jwt-unmatched-disclosure',
};

function findingOf(report: DisclosureReport): Finding | null {
  const evidence = [{ part: 'token' as const, value: report.text }];
  const position = report.index + 1;
  const { decoding } = report;
  // ICU select values cannot hold `-`: the message reads the code in camelCase (`base64Invalid`).
  if (!decoding.ok) return createFinding(meta, 'malformed', { position, error: decoding.error.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) }, evidence);
  const params = { position, kind: decoding.kind, claim: decoding.kind === 'member' ? decoding.name : '[]' };
  // Without a digest (an `_sd_alg` not computed here) nothing can match: sd-jwt-hash-alg says why.
  if (report.status === 'unmatched' && report.digest !== null) return createFinding(meta, 'unmatched', { ...params, digest: report.digest }, evidence);
  if (report.problem === 'misplaced') return createFinding(meta, 'misplaced', params, evidence);
  if (report.problem === 'claim-exists') return createFinding(meta, 'claimExists', params, evidence);
  return null;
}

export function check(context: RuleContext): Finding[] {
  const analysis = analyseSdJwt(context.decoded);
  if (analysis === null) return [];
  return analysis.disclosures.map(findingOf).filter((finding) => finding !== null);
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
