import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { BACKCHANNEL_LOGOUT_EVENT, summariseToken, type KindConfidence, type TokenKind, type TokenVendor } from './summarise-token';

const NOW = 1_767_225_600;

describe('summariseToken: kind', () => {
  it.each<[string, JsonObject | null, JsonObject, TokenKind, KindConfidence, string]>([
    ['RFC 9068 typ at+jwt', { alg: 'RS256', typ: 'at+jwt' }, { sub: 'u', client_id: 'c' }, 'access-token', 'stated', 'header-typ'],
    ['typ application/AT+JWT (prefix and case ignored)', { typ: 'application/AT+JWT' }, {}, 'access-token', 'stated', 'header-typ'],
    ['DPoP proof', { typ: 'dpop+jwt', jwk: { kty: 'EC' } }, { htm: 'POST', htu: 'https://rs.example/', jti: 'j', iat: NOW }, 'dpop-proof', 'stated', 'header-typ'],
    ['logout+jwt', { typ: 'logout+jwt' }, { iss: 'https://op', sid: 's' }, 'logout-token', 'stated', 'header-typ'],
    ['secevent+jwt carrying the logout event', { typ: 'secevent+jwt' }, { events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } }, 'logout-token', 'stated', 'header-typ'],
    ['secevent+jwt', { typ: 'secevent+jwt' }, { events: { 'urn:x': {} } }, 'security-event', 'stated', 'header-typ'],
    ['the logout event without typ', { typ: 'JWT' }, { events: { [BACKCHANNEL_LOGOUT_EVENT]: {} }, sid: 's' }, 'logout-token', 'stated', 'logout-event'],
    ['another event without typ', null, { events: { 'https://schemas.openid.net/secevent/risc/event-type/account-disabled': {} } }, 'security-event', 'stated', 'events-claim'],
    ['Cognito ID token', null, { token_use: 'id', 'cognito:username': 'ada' }, 'id-token', 'stated', 'token-use'],
    ['Cognito access token', null, { token_use: 'access', scope: 'aws.cognito.signin.user.admin' }, 'access-token', 'stated', 'token-use'],
    ['Keycloak Bearer', null, { typ: 'Bearer', realm_access: { roles: [] } }, 'access-token', 'stated', 'keycloak-typ'],
    ['Keycloak ID', null, { typ: 'ID', nonce: 'n' }, 'id-token', 'stated', 'keycloak-typ'],
    ['Keycloak Refresh', null, { typ: 'Refresh' }, 'refresh-token', 'stated', 'keycloak-typ'],
    ['Keycloak Offline', null, { typ: 'Offline' }, 'refresh-token', 'stated', 'keycloak-typ'],
    ['a token_type of refresh (SimpleJWT)', null, { token_type: 'refresh', jti: 'j', user_id: 1 }, 'refresh-token', 'stated', 'token-type'],
    ['htm and htu without typ', null, { htm: 'GET', htu: 'https://rs.example/' }, 'dpop-proof', 'guessed', 'dpop-claims'],
    ['Firebase ID token', null, { firebase: { sign_in_provider: 'password' }, user_id: 'u', aud: 'p' }, 'id-token', 'guessed', 'firebase-claim'],
    ['OIDC with nonce', null, { iss: 'https://op', aud: 'c', nonce: 'n' }, 'id-token', 'guessed', 'id-token-claims'],
    ['OIDC with at_hash', null, { at_hash: 'x', aud: 'c' }, 'id-token', 'guessed', 'id-token-claims'],
    ['Entra access token with scp', null, { scp: 'User.Read', tid: 't', oid: 'o' }, 'access-token', 'guessed', 'access-token-claims'],
    ['Auth0 access token with scope', null, { scope: 'read:orders', aud: ['https://api'] }, 'access-token', 'guessed', 'access-token-claims'],
    ['Google ID token without nonce', null, { iss: 'https://accounts.google.com', aud: 'c', email: 'a@b', email_verified: true }, 'id-token', 'guessed', 'profile-claims'],
    ['client assertion (RFC 7523)', null, { iss: 'client', sub: 'client', aud: 'https://as/token', exp: NOW, jti: 'j' }, 'client-assertion', 'guessed', 'client-assertion-shape'],
    ['the example token', { alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'Ada Lovelace', admin: true, iat: NOW }, 'unknown', 'guessed', 'none'],
    ['an empty payload', null, {}, 'unknown', 'guessed', 'none'],
    ['an unknown typ falls through to the claims', { typ: 'example+jwt' }, { nonce: 'n' }, 'id-token', 'guessed', 'id-token-claims'],
    ['a typ that is not a string', { typ: 7 }, {}, 'unknown', 'guessed', 'none'],
  ])('%s', (_label, header, payload, kind, confidence, evidence) => {
    const summary = summariseToken(header, payload);
    expect([summary.kind, summary.confidence, summary.evidence.code]).toEqual([kind, confidence, evidence]);
  });

  it('names the claims that decided a guess', () => {
    expect(summariseToken(null, { nonce: 'n', at_hash: 'h' }).evidence).toEqual({ code: 'id-token-claims', claims: ['nonce', 'at_hash'] });
    expect(summariseToken({ typ: 'at+jwt' }, {}).evidence).toEqual({ code: 'header-typ', value: 'at+jwt' });
  });
});

describe('summariseToken: vendor', () => {
  it.each<[JsonObject, TokenVendor | null]>([
    [{ iss: 'https://login.microsoftonline.com/72f988bf/v2.0' }, 'entra'],
    [{ iss: 'https://sts.windows.net/72f988bf/' }, 'entra'],
    [{ tid: 't', oid: 'o' }, 'entra'],
    [{ iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc' }, 'cognito'],
    [{ 'cognito:groups': ['a'] }, 'cognito'],
    [{ iss: 'https://securetoken.google.com/my-project' }, 'firebase'],
    [{ iss: 'https://accounts.google.com' }, 'google'],
    [{ iss: 'https://tenant.eu.auth0.com/' }, 'auth0'],
    [{ iss: 'https://sso.example.com/realms/master' }, 'keycloak'],
    [{ realm_access: { roles: [] } }, 'keycloak'],
    [{ iss: 'https://accounts.google.com.evil.example' }, null],
    [{ iss: 'https://example.com/' }, null],
    [{}, null],
  ])('%j → %s', (payload, vendor) => {
    expect(summariseToken(null, payload).vendor).toBe(vendor);
  });
});

describe('summariseToken: parties and expiry', () => {
  it('gathers issuer, audiences, subject and expiry as data', () => {
    expect(summariseToken(null, { iss: 'https://op', aud: ['a', 2, 'b'], sub: 'u', exp: NOW })).toMatchObject({
      issuer: 'https://op',
      audiences: ['a', 'b'],
      subject: 'u',
      expiry: { ok: true, seconds: NOW, notes: [] },
    });
  });

  it.each<[JsonObject, Partial<ReturnType<typeof summariseToken>>]>([
    [{ aud: 'only' }, { audiences: ['only'] }],
    [{ aud: 5, iss: 5, sub: null }, { audiences: [], issuer: null, subject: null }],
    [{}, { expiry: null }],
    [{ exp: '1767225600' }, { expiry: { ok: false, problem: { code: 'numeric-string', seconds: NOW } } }],
  ])('reads %j', (payload, expected) => {
    expect(summariseToken(null, payload)).toMatchObject(expected);
  });
});
