import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGlossaryEntry, GLOSSARY, GLOSSARY_PATTERNS } from './glossary';

const LOCALES_DIR = resolve(import.meta.dirname, '../../i18n/locales');

/** A locale's catalogue as the build merges it: every area file of the locale's directory. */
function readCatalogue(locale: string): Record<string, string> {
  const dir = resolve(LOCALES_DIR, locale);
  return Object.assign(
    {},
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, string>),
  ) as Record<string, string>;
}

const ALL_ENTRIES = [...GLOSSARY, ...GLOSSARY_PATTERNS];
const payloadNames = new Set(GLOSSARY.filter((entry) => entry.where === 'payload').map((entry) => entry.name));
const headerNames = new Set(GLOSSARY.filter((entry) => entry.where === 'header').map((entry) => entry.name));

const REGISTERED = ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'];
// OpenID Connect Core §2 (ID token), §3.1.3.6 / §3.3.2.11 (hashes), §5.1 (standard claims), §5.6.2; logout `sid`.
const OIDC = [
  ...['iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'acr', 'amr', 'azp', 'at_hash', 'c_hash', 'sid'],
  ...['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture', 'website'],
  ...['email', 'email_verified', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number', 'phone_number_verified', 'address', 'updated_at'],
  ...['_claim_names', '_claim_sources'],
];
// RFC 9068 §2.2 (required and optional), §2.2.3 (scope), §2.2.3.1 (SCIM attributes).
const RFC_9068 = ['iss', 'exp', 'aud', 'sub', 'client_id', 'iat', 'jti', 'auth_time', 'acr', 'amr', 'scope', 'groups', 'roles', 'entitlements'];
const OTHER_OAUTH = ['act', 'may_act', 'cnf', 'events', 'htm', 'htu', 'ath'];
const VENDORS = [
  ...['oid', 'tid', 'upn', 'roles', 'wids', 'ver', 'appid', 'azpacr', 'scp'],
  ...['cognito:username', 'cognito:groups', 'token_use', 'origin_jti', 'event_id'],
  ...['realm_access', 'resource_access', 'preferred_username', 'typ'],
  ...['hd', 'email_verified', 'firebase', 'user_id'],
];
const HEADER = ['alg', 'typ', 'cty', 'kid', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'crit', 'b64', 'zip', 'enc', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'];

describe('glossary (meta)', () => {
  const catalogues = { en: readCatalogue('en'), ko: readCatalogue('ko') };

  it.each(ALL_ENTRIES.map((entry) => [`${entry.where} ${entry.name}`, entry] as const))('%s has a source and both texts', (_label, entry) => {
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) {
      expect(source.label.trim()).not.toBe('');
      expect(source.url).toMatch(/^https:\/\/[^\s]+$/);
    }
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const key of [entry.titleKey, entry.messageKey]) {
        expect(catalogue[key]?.trim(), `${locale} ${key}`).toBeTruthy();
      }
    }
  });

  it('a section of RFC 7519 is cited for every registered claim', () => {
    for (const name of REGISTERED) {
      const match = findGlossaryEntry(name, 'payload');
      expect(match.match === 'exact' && match.entry.sources[0].label, name).toMatch(/^RFC 7519 §4\.1\.\d$/);
    }
  });

  it.each([
    ['registered (RFC 7519 §4.1)', REGISTERED],
    ['OpenID Connect', OIDC],
    ['RFC 9068 access token', RFC_9068],
    ['token exchange, confirmation, logout and DPoP', OTHER_OAUTH],
    ['vendor', VENDORS],
  ])('every %s claim is explained', (_set, names) => {
    expect(names.filter((name) => !payloadNames.has(name))).toEqual([]);
  });

  it('every JWS, JWE and JWA header parameter is explained', () => {
    expect(HEADER.filter((name) => !headerNames.has(name))).toEqual([]);
  });

  it('has no name twice in one place', () => {
    const seen = ALL_ENTRIES.map((entry) => `${entry.where}:${entry.name}`);
    expect(seen.filter((key, index) => seen.indexOf(key) !== index)).toEqual([]);
  });

  it('has no glossary text without an entry', () => {
    const used = new Set(ALL_ENTRIES.flatMap((entry) => [entry.titleKey, entry.messageKey]));
    for (const catalogue of Object.values(catalogues)) {
      expect(Object.keys(catalogue).filter((key) => key.startsWith('glossary.') && !used.has(key as never))).toEqual([]);
    }
  });
});

describe('findGlossaryEntry', () => {
  it.each([
    ['exp', 'payload', 'exact', 'glossary.claim.exp.text'],
    ['typ', 'payload', 'exact', 'glossary.claim.typ.text'],
    ['typ', 'header', 'exact', 'glossary.param.typ.text'],
    ['x5t#S256', 'header', 'exact', 'glossary.param.x5t#S256.text'],
    ['cognito:groups', 'payload', 'exact', 'glossary.claim.cognito:groups.text'],
    ['https://example.com/roles', 'payload', 'pattern', 'glossary.pattern.namespaced.text'],
    ['http://schemas.example.org/claims/tenant', 'payload', 'pattern', 'glossary.pattern.namespaced.text'],
    ['urn:example:claims:tier', 'payload', 'pattern', 'glossary.pattern.namespaced.text'],
    ['custom:department', 'payload', 'pattern', 'glossary.pattern.custom.text'],
  ] as const)('%s in the %s is a %s match', (name, where, match, messageKey) => {
    const found = findGlossaryEntry(name, where);
    expect(found.match).toBe(match);
    expect(found.match !== 'unknown' && found.entry.messageKey).toBe(messageKey);
  });

  it.each([
    ['EXP', 'payload'],
    ['exp', 'header'],
    ['admin', 'payload'],
    ['https://example.com/roles', 'header'],
    ['custom:', 'payload'],
    ['__proto__', 'payload'],
    ['toString', 'header'],
  ] as const)('%s in the %s is unknown (names are case-sensitive and per place)', (name, where) => {
    expect(findGlossaryEntry(name, where)).toEqual({ match: 'unknown' });
  });
});
