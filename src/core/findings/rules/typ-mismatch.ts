import { BACKCHANNEL_LOGOUT_EVENT } from '../../claims/summarise-token';
import { createFinding, describeValue, pointerTo, type Finding, type FindingNote, type Rule, type RuleMeta } from '../finding';
import { isHmacAlg } from '../../audit/hmac-alg';
import { isJsonObject } from '../../json/json-value';
import { isNoneVariant, normaliseTyp } from '../jose-registries';
import { OIDC_BACKCHANNEL, rfc } from '../references';
import type { RuleContext } from '../rule-context';

// RFC 8725 §3.11–3.12: explicit typing keeps one kind of JWT from being accepted as another.
export const meta: RuleMeta = {
  id: 'typ-mismatch',
  severity: 'medium',
  severities: ['medium', 'low', 'info'],
  needs: ['token'],
  messageIds: ['untyped', 'unknownTyp', 'accessTokenProfile', 'dpopProfile', 'logoutProfile', 'missingClaim', 'idTokenClaim', 'missingJwk', 'symmetricOrNone', 'nonceInLogout', 'missingLogoutEvent'],
  references: [
    rfc(8725, '2.8'),
    rfc(8725, '3.11'),
    rfc(8725, '3.12'),
    rfc(7515, '4.1.9'),
    rfc(7519, '5.1'),
    rfc(9068, '2.1'),
    rfc(9068, '2.2'),
    rfc(9449, '4.2'),
    rfc(8417, '2.3'),
    OIDC_BACKCHANNEL,
  ],
  docsAnchor: 'typ-mismatch',
};

/** A registered type, or an SD-JWT's (RFC 9901 registers `sd-jwt` and the `+sd-jwt` suffix, e.g. `dc+sd-jwt`). */
function isKnownTyp(typ: string): boolean {
  return KNOWN_TYP.has(typ) || typ === 'sd-jwt' || typ.endsWith('+sd-jwt');
}

const KNOWN_TYP = new Set([
  'jwt',
  'at+jwt',
  'secevent+jwt',
  'dpop+jwt',
  'logout+jwt',
  'token-introspection+jwt',
  'oauth-authz-req+jwt',
  'jose',
  'jose+json',
  'kb+jwt',
  'entity-statement+jwt',
]);

function missing(payload: Record<string, unknown>, claims: string[]): FindingNote[] {
  return claims.filter((claim) => !Object.hasOwn(payload, claim)).map((claim) => ({ messageId: 'missingClaim', params: { claim } }));
}

function checkProfile(context: RuleContext, typ: string): { messageId: string; notes: FindingNote[] } | null {
  const payload = context.payload;
  const header = context.header;
  if (payload === null || header === null) return null;
  if (typ === 'at+jwt') {
    // Some vendors name client_id `azp` or `cid`; either stands in for it.
    const required = ['iss', 'exp', 'aud', 'sub', 'iat', 'jti'];
    if (!Object.hasOwn(payload, 'azp') && !Object.hasOwn(payload, 'cid')) required.splice(4, 0, 'client_id');
    const notes = missing(payload, required);
    for (const claim of ['nonce', 'at_hash']) if (Object.hasOwn(payload, claim)) notes.push({ messageId: 'idTokenClaim', params: { claim } });
    return notes.length > 0 ? { messageId: 'accessTokenProfile', notes } : null;
  }
  if (typ === 'dpop+jwt') {
    const notes = missing(payload, ['jti', 'htm', 'htu', 'iat']);
    if (!Object.hasOwn(header, 'jwk')) notes.push({ messageId: 'missingJwk' });
    if (isHmacAlg(context.alg) || isNoneVariant(context.alg)) notes.push({ messageId: 'symmetricOrNone', params: { alg: describeValue(context.alg) } });
    return notes.length > 0 ? { messageId: 'dpopProfile', notes } : null;
  }
  if (typ === 'logout+jwt') {
    const notes: FindingNote[] = [];
    if (Object.hasOwn(payload, 'nonce')) notes.push({ messageId: 'nonceInLogout' });
    const events = payload.events;
    if (!isJsonObject(events) || !Object.hasOwn(events, BACKCHANNEL_LOGOUT_EVENT)) notes.push({ messageId: 'missingLogoutEvent' });
    return notes.length > 0 ? { messageId: 'logoutProfile', notes } : null;
  }
  return null;
}

export function check(context: RuleContext): Finding[] {
  const header = context.header;
  if (context.kind !== 'jws' || header === null) return [];
  const evidence = [{ part: 'header' as const, pointer: pointerTo('typ'), value: describeValue(header.typ ?? '') }];
  if (!Object.hasOwn(header, 'typ')) return [createFinding(meta, 'untyped', {}, [{ part: 'header' }], 'info')];
  const typ = normaliseTyp(header.typ);
  if (typ === null || !isKnownTyp(typ)) return [createFinding(meta, 'unknownTyp', { typ: describeValue(header.typ) }, evidence, 'low')];
  // RFC 7519 §5.1 recommends exactly "JWT" when the kind needs no marking: nothing wrong to report.
  if (typ === 'jwt') return [];
  const profile = checkProfile(context, typ);
  return profile === null ? [] : [{ ...createFinding(meta, profile.messageId, { typ: describeValue(header.typ) }, evidence, 'medium'), notes: profile.notes }];
}

/** The rule as the registry lists it. */
export const rule: Rule = { meta, check };
