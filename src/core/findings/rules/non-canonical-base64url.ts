import { createFinding, partWordOf, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, OWASP_JWT, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7515 §2 and App. C: base64url without padding, one canonical string per byte sequence.
export const meta: RuleMeta = {
  id: 'non-canonical-base64url',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['notCanonical', 'invalidCharacter', 'invalidLength', 'padding', 'standardAlphabet', 'trailingBits'],
  references: [rfc(7515, '2'), rfc(7515, 'appendix-C'), rfc(4648, '3.5'), rfc(4648, '5'), RFC8725BIS, cve('CVE-2022-25898', 'jsrsasign'), OWASP_JWT],
  docsAnchor: 'non-canonical-base64url',
};

const NOTE_IDS = { padding: 'padding', 'standard-alphabet': 'standardAlphabet', 'non-zero-trailing-bits': 'trailingBits' } as const;

export function check(context: RuleContext): Finding[] {
  const { decoded } = context;
  if (decoded.kind === 'empty') return [];
  // A Bearer prefix, quotes or line breaks around the token are copy-and-paste damage, not a
  // malleability problem: the decoder's notes say so once, so they are no finding here.
  const findings: Finding[] = [];
  for (const part of decoded.parts) {
    const word = partWordOf(part.name);
    const evidence = [{ part: part.name === 'encrypted-key' ? ('encrypted-key' as const) : part.name === 'header' || part.name === 'payload' || part.name === 'signature' ? part.name : ('token' as const), value: part.segment.slice(-24) }];
    if (part.encodingNotes.length > 0) {
      findings.push({ ...createFinding(meta, 'notCanonical', { part: word }, evidence), notes: part.encodingNotes.map((note) => ({ messageId: NOTE_IDS[note] })) });
    }
    if (!part.decoding.ok) {
      const error = part.decoding.error;
      if (error.code === 'base64-invalid-character') findings.push(createFinding(meta, 'invalidCharacter', { part: word, position: error.position, character: error.character }, evidence));
      if (error.code === 'base64-invalid-length') findings.push(createFinding(meta, 'invalidLength', { part: word, length: error.length }, evidence));
    }
  }
  return findings;
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
