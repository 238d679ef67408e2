import { summariseToken } from '../../claims/summarise-token';
import { createFinding, type Evidence, type Finding, type Rule, type RuleMeta } from '../finding';
import { GDPR_MINIMISATION, OIDC_CORE, OWASP_JWT_JAVA, rfc } from '../references';
import type { RuleContext } from '../rule-context';
import { scannedPrefix, walkJson } from '../walk-json';

// RFC 7519 §12 and GDPR Art. 5(1)(c): anyone holding the token can read personal data in it.
export const meta: RuleMeta = {
  id: 'pii-in-payload',
  severity: 'low',
  severities: ['low'],
  needs: ['token'],
  messageIds: ['personalData'],
  references: [rfc(7519, '12'), { ...OIDC_CORE, label: 'OpenID Connect Core 1.0 §5.1 (standard claims)', url: 'https://openid.net/specs/openid-connect-core-1_0.html#StandardClaims' }, GDPR_MINIMISATION, OWASP_JWT_JAVA],
  docsAnchor: 'pii-in-payload',
};

const PII_NAMES = new Set([
  'email', 'phone', 'phone_number', 'address', 'birthdate', 'dob', 'name', 'given_name', 'family_name', 'middle_name', 'nickname',
  'gender', 'national_id', 'passport', 'ip', 'ip_address', 'location', 'latitude', 'longitude',
]);
const VALUE_PATTERNS: readonly [string, RegExp][] = [
  ['email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  ['phone', /^\+[1-9]\d{7,14}$/],
  ['ipv4', /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/],
];
// OpenID Connect Core §5.1: the standard claims an ID token carries to describe its user, on purpose.
const PROFILE_CLAIMS = new Set([
  'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website',
  'email', 'email_verified', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number', 'phone_number_verified', 'address', 'updated_at',
]);
const MAX_EVIDENCE = 12;

/** True for a top-level standard profile claim, or anything inside one (`/address/country`). */
function isProfileClaim(pointer: string): boolean {
  const top = pointer.slice(1).split('/', 1)[0] ?? '';
  return PROFILE_CLAIMS.has(top);
}

export function check(context: RuleContext): Finding[] {
  const payload = context.payload;
  if (context.kind !== 'jws' || payload === null) return [];
  const idToken = summariseToken(context.header, payload).kind === 'id-token';
  const evidence: Evidence[] = [];
  for (const { pointer, name, value } of walkJson(payload)) {
    if (idToken && isProfileClaim(pointer)) continue;
    const byName = name !== null && PII_NAMES.has(name.toLowerCase()) && value !== null && value !== '';
    const byValue = typeof value === 'string' && VALUE_PATTERNS.some(([, pattern]) => pattern.test(scannedPrefix(value)));
    if (byName || byValue) evidence.push({ part: 'payload', pointer, value: typeof value === 'string' ? value : JSON.stringify(value) });
  }
  if (evidence.length === 0) return [];
  const claims = evidence.map((entry) => entry.pointer?.slice(1) ?? '').join(', ');
  return [createFinding(meta, 'personalData', { count: evidence.length, claims }, evidence.slice(0, MAX_EVIDENCE))];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
