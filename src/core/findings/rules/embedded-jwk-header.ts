import { isJsonObject } from '../../json/json-value';
import { createFinding, pointerTo, type Finding, type Rule, type RuleMeta } from '../finding';
import { normaliseTyp } from '../jose-registries';
import { BURP_JWK_HEADER, cve, JWT_TOOL, LAB_JWK_INJECTION, OWASP_JWT, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { verifiesWithJwk } from '../verify-embedded-keys';

// RFC 7515 §4.1.3 and §10.3, RFC 8725 §3.10: a key named by the token itself must not be trusted.
export const meta: RuleMeta = {
  id: 'embedded-jwk-header',
  severity: 'critical',
  severities: ['critical', 'high', 'info'],
  needs: ['token'],
  messageIds: ['embeddedKey', 'selfSigned', 'dpopProof'],
  references: [
    rfc(7515, '4.1.3'),
    rfc(7515, '10.3'),
    rfc(8725, '3.10'),
    OWASP_JWT,
    cve('CVE-2018-0114', 'node-jose'),
    LAB_JWK_INJECTION,
    BURP_JWK_HEADER,
    rfc(9449, '4.2'),
    JWT_TOOL,
  ],
  docsAnchor: 'embedded-jwk-header',
};

function describeKty(jwk: unknown): string {
  return isJsonObject(jwk) && typeof jwk.kty === 'string' ? jwk.kty : '?';
}

function baseFindings(context: RuleContext): Finding[] {
  const header = context.header;
  if (header === null || !Object.hasOwn(header, 'jwk')) return [];
  const evidence = [{ part: 'header' as const, pointer: pointerTo('jwk'), value: describeKty(header.jwk) }];
  // DPoP proofs carry their public key by design (RFC 9449 §4.2).
  if (normaliseTyp(header.typ) === 'dpop+jwt') return [createFinding(meta, 'dpopProof', {}, evidence, 'info')];
  return [createFinding(meta, 'embeddedKey', { kty: describeKty(header.jwk) }, evidence, 'high')];
}

export function check(context: RuleContext): Finding[] {
  return baseFindings(context);
}

export async function checkAsync(context: RuleContext): Promise<Finding[]> {
  const findings = baseFindings(context);
  const [finding] = findings;
  if (finding?.messageId !== 'embeddedKey' || context.kind !== 'jws' || context.header === null) return findings;
  if (!(await verifiesWithJwk(context.signedText, context.header.jwk ?? null))) return findings;
  return [createFinding(meta, 'selfSigned', { kty: describeKty(context.header.jwk) }, finding.evidence ?? [], 'critical')];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check, checkAsync };
