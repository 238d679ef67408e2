import { ownMember, type JsonObject, type JsonValue } from '../json/json-value';
import { readNumericDate, type NumericDateReading } from './time-policy';

/** What a token is probably for, from its header and claims. */
export type TokenKind =
  | 'id-token'
  | 'access-token'
  | 'refresh-token'
  | 'logout-token'
  | 'security-event'
  | 'dpop-proof'
  | 'client-assertion'
  | 'unknown';

/** `stated`: a header or claim says what the token is; `guessed`: inferred from which claims it carries. */
export type KindConfidence = 'stated' | 'guessed';

/** The issuer software the claims point to, when they point to one. */
export type TokenVendor = 'entra' | 'cognito' | 'keycloak' | 'auth0' | 'google' | 'firebase';

/** Why the kind was chosen, so the view can say it in plain words. */
export type KindEvidence =
  | { code: 'header-typ'; value: string }
  | { code: 'token-use'; value: string }
  | { code: 'keycloak-typ'; value: string }
  | { code: 'token-type'; value: string }
  | { code: 'logout-event' }
  | { code: 'events-claim' }
  | { code: 'dpop-claims' }
  | { code: 'firebase-claim' }
  | { code: 'id-token-claims'; claims: string[] }
  | { code: 'access-token-claims'; claims: string[] }
  | { code: 'profile-claims'; claims: string[] }
  | { code: 'client-assertion-shape' }
  | { code: 'none' };

/** A summary of who issued a token, for whom, about whom and until when; plain data for one line of text. */
export interface TokenSummary {
  kind: TokenKind;
  confidence: KindConfidence;
  evidence: KindEvidence;
  vendor: TokenVendor | null;
  issuer: string | null;
  /** `aud` as a list: a single string becomes one item; non-string items are left out. */
  audiences: string[];
  subject: string | null;
  /** `exp` read as a NumericDate by the time policy; null when absent. Not judged against any time. */
  expiry: NumericDateReading | null;
}

/** The event URI that makes a Security Event Token a back-channel logout token (OIDC Back-Channel Logout §2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

const ID_TOKEN_MARKERS = ['nonce', 'at_hash', 'c_hash', 's_hash'];
const ACCESS_TOKEN_MARKERS = ['scope', 'scp', 'client_id', 'cnf', 'permissions', 'gty', 'appid', 'azpacr', 'appidacr', 'authorization_details'];
const PROFILE_MARKERS = ['email', 'email_verified', 'name', 'given_name', 'family_name', 'preferred_username', 'picture', 'nickname'];

const KEYCLOAK_TYP: ReadonlyMap<string, TokenKind> = new Map([
  ['id', 'id-token'],
  ['bearer', 'access-token'],
  ['refresh', 'refresh-token'],
  ['offline', 'refresh-token'],
  ['logout', 'logout-token'],
]);

const HEADER_TYP: ReadonlyMap<string, TokenKind> = new Map([
  ['dpop+jwt', 'dpop-proof'],
  ['logout+jwt', 'logout-token'],
  ['secevent+jwt', 'security-event'],
  ['at+jwt', 'access-token'],
]);

/**
 * Guesses what kind of token this is and gathers its issuer, audience, subject and expiry; does not
 * verify anything: a forged token is summarised exactly as it claims to be.
 */
export function summariseToken(header: JsonObject | null, payload: JsonObject | null): TokenSummary {
  const claims = payload ?? {};
  const { kind, confidence, evidence } = guessKind(header ?? {}, claims);
  const exp = ownMember(claims, 'exp');
  return {
    kind,
    confidence,
    evidence,
    vendor: detectVendor(claims),
    issuer: stringOf(ownMember(claims, 'iss')),
    audiences: readAudiences(ownMember(claims, 'aud')),
    subject: stringOf(ownMember(claims, 'sub')),
    expiry: exp === undefined ? null : readNumericDate(exp),
  };
}

function guessKind(header: JsonObject, claims: JsonObject): Pick<TokenSummary, 'kind' | 'confidence' | 'evidence'> {
  const stated = (kind: TokenKind, evidence: KindEvidence) => ({ kind, confidence: 'stated' as const, evidence });
  const guessed = (kind: TokenKind, evidence: KindEvidence) => ({ kind, confidence: 'guessed' as const, evidence });

  const typ = stringOf(ownMember(header, 'typ'));
  const headerKind = typ === null ? undefined : HEADER_TYP.get(normaliseMediaType(typ));
  const events = ownMember(claims, 'events');
  const hasLogoutEvent = isObject(events) && Object.hasOwn(events, BACKCHANNEL_LOGOUT_EVENT);
  if (typ !== null && headerKind) {
    return headerKind === 'security-event' && hasLogoutEvent ? stated('logout-token', { code: 'header-typ', value: typ }) : stated(headerKind, { code: 'header-typ', value: typ });
  }
  if (hasLogoutEvent) return stated('logout-token', { code: 'logout-event' });
  if (isObject(events)) return stated('security-event', { code: 'events-claim' });

  const tokenUse = stringOf(ownMember(claims, 'token_use'));
  if (tokenUse === 'id') return stated('id-token', { code: 'token-use', value: tokenUse });
  if (tokenUse === 'access') return stated('access-token', { code: 'token-use', value: tokenUse });

  const keycloakTyp = stringOf(ownMember(claims, 'typ'));
  const keycloakKind = keycloakTyp === null ? undefined : KEYCLOAK_TYP.get(keycloakTyp.toLowerCase());
  if (keycloakTyp !== null && keycloakKind) return stated(keycloakKind, { code: 'keycloak-typ', value: keycloakTyp });

  const tokenType = stringOf(ownMember(claims, 'token_type'));
  if (tokenType === 'refresh') return stated('refresh-token', { code: 'token-type', value: tokenType });
  if (tokenType === 'access') return stated('access-token', { code: 'token-type', value: tokenType });

  if (has(claims, 'htm') && has(claims, 'htu')) return guessed('dpop-proof', { code: 'dpop-claims' });
  if (isObject(ownMember(claims, 'firebase'))) return guessed('id-token', { code: 'firebase-claim' });

  const idMarkers = ID_TOKEN_MARKERS.filter((name) => has(claims, name));
  if (idMarkers.length > 0) return guessed('id-token', { code: 'id-token-claims', claims: idMarkers });
  const accessMarkers = ACCESS_TOKEN_MARKERS.filter((name) => has(claims, name));
  if (accessMarkers.length > 0) return guessed('access-token', { code: 'access-token-claims', claims: accessMarkers });
  const profileMarkers = PROFILE_MARKERS.filter((name) => has(claims, name));
  if (profileMarkers.length > 0 && has(claims, 'aud')) return guessed('id-token', { code: 'profile-claims', claims: profileMarkers });

  // RFC 7523 §3: a client authenticating itself signs a token about itself for the token endpoint.
  const issuer = stringOf(ownMember(claims, 'iss'));
  if (issuer !== null && issuer === stringOf(ownMember(claims, 'sub')) && has(claims, 'aud') && has(claims, 'exp') && has(claims, 'jti')) {
    return guessed('client-assertion', { code: 'client-assertion-shape' });
  }
  return guessed('unknown', { code: 'none' });
}

function detectVendor(claims: JsonObject): TokenVendor | null {
  const issuer = stringOf(ownMember(claims, 'iss')) ?? '';
  const host = hostOf(issuer);
  if (host === 'login.microsoftonline.com' || host === 'sts.windows.net' || host.endsWith('.ciamlogin.com')) return 'entra';
  if (/^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) return 'cognito';
  if (host === 'securetoken.google.com') return 'firebase';
  if (host === 'accounts.google.com') return 'google';
  if (host.endsWith('.auth0.com')) return 'auth0';
  if (/\/realms\/[^/]+\/?$/.test(issuer) || has(claims, 'realm_access') || has(claims, 'resource_access')) return 'keycloak';
  if (has(claims, 'tid') && has(claims, 'oid')) return 'entra';
  if (Object.keys(claims).some((name) => name.startsWith('cognito:')) || has(claims, 'token_use')) return 'cognito';
  if (has(claims, 'firebase')) return 'firebase';
  if (has(claims, 'hd')) return 'google';
  return null;
}

/** The host of an `https://` issuer, lower-cased; '' for anything else. Parsed by hand: core has no URL dependency on purpose. */
function hostOf(issuer: string): string {
  const match = /^https?:\/\/([^/?#:]+)/i.exec(issuer);
  return match?.[1]?.toLowerCase() ?? '';
}

/** RFC 7515 §4.1.9: `typ` compares case-insensitively and may omit the `application/` prefix. */
function normaliseMediaType(typ: string): string {
  const lower = typ.trim().toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

function readAudiences(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function has(object: JsonObject, name: string): boolean {
  return Object.hasOwn(object, name);
}

function stringOf(value: JsonValue | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
