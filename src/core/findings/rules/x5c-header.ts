import { formatDistinguishedName, readCertificate, type CertificateInfo } from '../../keys/read-certificate';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { decodeStandardBase64 } from '../public-key-forms';
import { OWASP_JWT, PORTSWIGGER_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { isSelfSignedCertificate, verifiesWithCertificate } from '../verify-embedded-keys';

// RFC 7515 §4.1.6: the x5c chain MUST be validated (RFC 5280) before its key is trusted.
export const meta: RuleMeta = {
  id: 'x5c-header',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token'],
  messageIds: ['certificateChain', 'malformed', 'selfSigned'],
  references: [rfc(7515, '4.1.6'), rfc(5280, '6'), rfc(8725, '3.10'), OWASP_JWT, PORTSWIGGER_JWT],
  docsAnchor: 'x5c-header',
};

type Reading = { ok: true; der: Uint8Array; certificate: CertificateInfo; subject: string } | { ok: false; problem: 'notArray' | 'notBase64' | 'notCertificate' };

function readLeaf(chain: unknown): Reading {
  if (!Array.isArray(chain) || chain.length === 0 || chain.some((entry) => typeof entry !== 'string')) return { ok: false, problem: 'notArray' };
  const ders = (chain as string[]).map(decodeStandardBase64);
  const [leaf] = ders;
  if (leaf === null || leaf === undefined || ders.some((der) => der === null)) return { ok: false, problem: 'notBase64' };
  const read = readCertificate(leaf);
  if (!read.ok) return { ok: false, problem: 'notCertificate' };
  return { ok: true, der: leaf, certificate: read.certificate, subject: formatDistinguishedName(read.certificate.subject) };
}

function baseFinding(context: RuleContext): { finding: Finding; reading: Reading } | null {
  const header = context.header;
  if (header === null || !Object.hasOwn(header, 'x5c')) return null;
  const reading = readLeaf(header.x5c);
  const evidence = [{ part: 'header' as const, pointer: pointerTo('x5c'), ...(reading.ok ? { value: reading.subject } : { term: { kind: 'x5cProblem' as const, code: reading.problem } }) }];
  const finding = reading.ok
    ? createFinding(meta, 'certificateChain', { subject: reading.subject, length: Array.isArray(header.x5c) ? header.x5c.length : 0 }, evidence, 'medium')
    : createFinding(meta, 'malformed', { problem: reading.problem }, evidence, 'medium');
  return { finding, reading };
}

export function check(context: RuleContext): Finding[] {
  const base = baseFinding(context);
  return base === null ? [] : [base.finding];
}

export async function checkAsync(context: RuleContext): Promise<Finding[]> {
  const base = baseFinding(context);
  if (base === null) return [];
  const { finding, reading } = base;
  if (!reading.ok || context.kind !== 'jws') return [finding];
  const [selfSigned, verifies] = await Promise.all([isSelfSignedCertificate(reading.certificate), verifiesWithCertificate(context.signedText, reading.der)]);
  if (!selfSigned || !verifies) return [finding];
  return [createFinding(meta, 'selfSigned', { subject: reading.subject }, finding.evidence ?? [], 'high')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check, checkAsync };
