import { createFinding, describeValue, type Finding, type Rule, type RuleMeta } from '../finding';
import { hashOfHmacAlg } from '../../audit/hmac-alg';
import { matchesHmac } from '../../audit/hmac-sha2';
import { cve, JWT_TOOL, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 7518 §3.2: an HMAC key must be at least as long as the hash; an empty one is no key at all.
export const meta: RuleMeta = {
  id: 'hmac-empty-secret',
  severity: 'critical',
  severities: ['critical'],
  needs: ['token', 'dictionary'],
  messageIds: ['emptySecret'],
  references: [
    cve('CVE-2019-20933', 'InfluxDB'),
    cve('CVE-2026-44699', 'LibJWT: RSA JWK without alg used as an empty HMAC key'),
    { label: 'SigNoz: running without a JWT secret signs with the empty string', url: 'https://signoz.io/docs/manage/administrator-guide/configuration/jwt-secret/' },
    JWT_TOOL,
    rfc(7518, '3.2'),
  ],
  docsAnchor: 'hmac-empty-secret',
};

/** Returns whether the token's HMAC was made with the empty key (pure JS: WebCrypto refuses empty HMAC keys). */
export function isSignedWithEmptyKey(context: RuleContext): boolean {
  const hash = hashOfHmacAlg(context.alg);
  const { signature, signingInputBytes } = context;
  if (context.kind !== 'jws' || hash === null || signature === null || signingInputBytes === null || signature.length === 0) return false;
  return matchesHmac(hash, new Uint8Array(0), signingInputBytes, signature);
}

export function check(context: RuleContext): Finding[] {
  const auditFound = context.audit?.hit?.secretHex === '';
  if (!auditFound && !isSignedWithEmptyKey(context)) return [];
  return [createFinding(meta, 'emptySecret', { alg: describeValue(context.alg) }, [{ part: 'signature', value: describeValue(context.signatureSegment ?? '') }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
