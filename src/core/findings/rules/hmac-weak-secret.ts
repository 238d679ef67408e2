import { createFinding, type Finding, type Rule, type RuleMeta } from '../finding';
import { isHmacAlg } from '../../audit/hmac-alg';
import { cve, HASHCAT, LAB_WEAK_KEY, OWASP_JWT, OWASP_JWT_JAVA, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.5 and RFC 7518 §3.2: HMAC keys must be random, never a human-chosen or published value.
export const meta: RuleMeta = {
  id: 'hmac-weak-secret',
  severity: 'critical',
  severities: ['critical', 'info'],
  needs: ['token', 'dictionary'],
  messageIds: ['foundInDictionary', 'ownExample'],
  references: [
    rfc(8725, '2.2'),
    rfc(8725, '3.5'),
    rfc(7518, '3.2'),
    rfc(7518, '8.8'),
    rfc(7515, '10.1'),
    OWASP_JWT,
    OWASP_JWT_JAVA,
    LAB_WEAK_KEY,
    HASHCAT,
    cve('CVE-2023-51442', 'Navidrome'),
    cve('CVE-2020-1764', 'Kiali'),
  ],
  docsAnchor: 'hmac-weak-secret',
};

// The audit's list names, as ICU select values.
const SOURCE_WORDS: Readonly<Record<string, string>> = { 'famous-defaults': 'famousDefaults', 'common-passwords': 'commonPasswords', 'user-wordlist': 'userWordlist' };

export function check(context: RuleContext): Finding[] {
  const hit = context.audit?.hit;
  if (hit === undefined || hit.secretHex === '' || context.kind !== 'jws' || !isHmacAlg(context.alg)) return [];
  const secret = hit.secretText ?? hit.secretHex;
  // The example exists to be decoded and verified: say the secret is public without sounding an alarm.
  if (hit.ownExample) return [createFinding(meta, 'ownExample', { alg: context.alg, secret }, [{ part: 'audit', value: secret }], 'info')];
  const params = { alg: context.alg, secret, source: SOURCE_WORDS[hit.source] ?? 'other', origin: hit.origin ?? '', withOrigin: hit.origin ? 'yes' : 'no', encoding: hit.encoding };
  return [createFinding(meta, 'foundInDictionary', params, [{ part: 'audit', value: secret }])];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
