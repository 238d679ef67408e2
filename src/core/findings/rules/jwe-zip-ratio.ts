import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { cve, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.6 and RFC 8725bis: a receiver must cap decompression; a ratio far above what text
// compresses to is a decompression bomb, whatever the plaintext says.
export const meta: RuleMeta = {
  id: 'jwe-zip-ratio',
  severity: 'high',
  severities: ['high', 'medium'],
  needs: ['token', 'key'],
  messageIds: ['aboveCap', 'highRatio'],
  references: [
    rfc(7516, '4.1.3'),
    rfc(8725, '3.6'),
    RFC8725BIS,
    cve('CVE-2024-28176', 'jose (npm)'),
    cve('CVE-2024-28180', 'go-jose'),
    cve('CVE-2024-33664', 'python-jose'),
  ],
  docsAnchor: 'jwe-zip-ratio',
};

/** Ordinary JSON deflates to a tenth or so; a hundredfold inflation is built, not written. */
const MAX_RATIO = 100;

export function check(context: RuleContext): Finding[] {
  const { decryption } = context;
  if (context.kind !== 'jwe' || decryption === undefined) return [];
  const evidence = [{ part: 'header' as const, pointer: pointerTo('zip'), value: 'DEF' }];
  if (decryption.status === 'zip-too-large') {
    const maxBytes = decryption.params.maxBytes;
    return [createFinding(meta, 'aboveCap', { maxBytes: typeof maxBytes === 'number' ? maxBytes : 0 }, evidence)];
  }
  const zip = decryption.status === 'decrypted' ? decryption.zip : undefined;
  if (zip === undefined || zip.ratio <= MAX_RATIO) return [];
  const params = { ratio: Math.round(zip.ratio), maxRatio: MAX_RATIO, compressedBytes: zip.compressedBytes, inflatedBytes: zip.inflatedBytes };
  return [createFinding(meta, 'highRatio', params, [...evidence, { part: 'ciphertext', measure: { unit: 'bytes', count: zip.compressedBytes } }], 'medium')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
