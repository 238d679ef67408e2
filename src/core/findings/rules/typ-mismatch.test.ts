import { check, meta } from './typ-mismatch';
import { jwe, jws, testRule } from '../test-support/rule-tester';

const AT_CLAIMS = { iss: 'https://as.example', exp: 2, aud: 'api', sub: 'u', client_id: 'c', iat: 1, jti: 'j' };
const DPOP_CLAIMS = { jti: 'j', htm: 'POST', htu: 'https://rs.example/r', iat: 1 };
const LOGOUT_EVENT = { 'http://schemas.openid.net/event/backchannel-logout': {} };

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a complete at+jwt', token: jws({ alg: 'RS256', typ: 'at+jwt' }, AT_CLAIMS) },
      { name: 'application/at+jwt, any case', token: jws({ alg: 'RS256', typ: 'application/AT+JWT' }, AT_CLAIMS) },
      { name: 'at+jwt with azp instead of client_id (vendor naming)', token: jws({ alg: 'RS256', typ: 'at+jwt' }, { ...AT_CLAIMS, client_id: undefined, azp: 'c' }) },
      { name: 'a complete DPoP proof', token: jws({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC' } }, DPOP_CLAIMS) },
      { name: 'a logout token', token: jws({ alg: 'RS256', typ: 'logout+jwt' }, { events: LOGOUT_EVENT }) },
      { name: 'a SET', token: jws({ alg: 'RS256', typ: 'secevent+jwt' }) },
      { name: 'an SD-JWT key binding', token: jws({ alg: 'ES256', typ: 'kb+jwt' }) },
      { name: 'an SD-JWT VC (the +sd-jwt suffix of RFC 9901)', token: jws({ alg: 'ES256', typ: 'dc+sd-jwt' }) },
      { name: 'an SD-JWT', token: jws({ alg: 'ES256', typ: 'sd-jwt' }) },
      { name: 'typ JWT, the value RFC 7519 §5.1 recommends', token: jws({ alg: 'HS256', typ: 'JWT' }) },
      { name: 'typ jwt in lower case, and application/jwt', token: jws({ alg: 'RS256', typ: 'application/jwt' }) },
      { name: 'a JWE is not judged here', token: jwe({ alg: 'dir', enc: 'A128GCM' }) },
    ],
    invalid: [
      { name: 'no typ', token: jws({ alg: 'HS256' }), findings: [{ messageId: 'untyped', severity: 'info', params: {} }] },
      { name: 'unknown typ', token: jws({ alg: 'HS256', typ: 'token' }), findings: [{ messageId: 'unknownTyp', severity: 'low', params: { typ: 'token' } }] },
      { name: 'sd-jwt as a prefix, not the suffix', token: jws({ alg: 'HS256', typ: 'sd-jwt+x' }), findings: [{ messageId: 'unknownTyp', severity: 'low', params: { typ: 'sd-jwt+x' } }] },
      { name: 'typ not a string', token: jws({ alg: 'HS256', typ: 1 }), findings: [{ messageId: 'unknownTyp', severity: 'low' }] },
      {
        name: 'at+jwt without jti and with an ID-token nonce',
        token: jws({ alg: 'RS256', typ: 'at+jwt' }, { ...AT_CLAIMS, jti: undefined, nonce: 'n' }),
        findings: [{ messageId: 'accessTokenProfile', severity: 'medium', notes: ['missingClaim', 'idTokenClaim'] }],
      },
      { name: 'at+jwt missing client_id', token: jws({ alg: 'RS256', typ: 'at+jwt' }, { ...AT_CLAIMS, client_id: undefined }), findings: [{ messageId: 'accessTokenProfile', notes: ['missingClaim'] }] },
      { name: 'DPoP proof without jwk and with HS256', token: jws({ alg: 'HS256', typ: 'dpop+jwt' }, DPOP_CLAIMS), findings: [{ messageId: 'dpopProfile', notes: ['missingJwk', 'symmetricOrNone'] }] },
      { name: 'DPoP proof without htu', token: jws({ alg: 'ES256', typ: 'dpop+jwt', jwk: {} }, { ...DPOP_CLAIMS, htu: undefined }), findings: [{ messageId: 'dpopProfile', notes: ['missingClaim'] }] },
      { name: 'logout token with a nonce and no event', token: jws({ alg: 'RS256', typ: 'logout+jwt' }, { nonce: 'n' }), findings: [{ messageId: 'logoutProfile', notes: ['nonceInLogout', 'missingLogoutEvent'] }] },
    ],
  },
);
