import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { normaliseTyp } from '../jose-registries';
import { cve, OWASP_JWE, RFC8725BIS, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §2.3 and §3.3, RFC 7519 §11.2: with public-key encryption, sign first, then encrypt.
export const meta: RuleMeta = {
  id: 'jwe-unsigned-content',
  severity: 'medium',
  severities: ['medium'],
  needs: ['token'],
  messageIds: ['probablyUnsigned'],
  references: [rfc(7519, '5.2'), rfc(7519, '11.2'), rfc(8725, '2.3'), rfc(8725, '3.3'), RFC8725BIS, cve('CVE-2023-51774', 'json-jwt'), rfc(7516, '9'), OWASP_JWE],
  docsAnchor: 'jwe-unsigned-content',
};

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  const alg = context.alg;
  if (context.kind !== 'jwe' || header === null || typeof alg !== 'string') return [];
  // Symmetric key management (dir, A*KW, PBES2) is left out: only key holders can encrypt those.
  const asymmetric = alg === 'RSA1_5' || alg.startsWith('RSA-OAEP') || alg.startsWith('ECDH-ES');
  if (!asymmetric || normaliseTyp(header.cty) === 'jwt') return [];
  return [createFinding(meta, 'probablyUnsigned', { alg }, [{ part: 'header', pointer: pointerTo('cty'), value: typeof header.cty === 'string' ? header.cty : '' }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
