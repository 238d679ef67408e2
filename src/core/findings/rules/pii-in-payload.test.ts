import { check, meta } from './pii-in-payload';
import { jws, testRule } from '../test-support/rule-tester';

const claims = (payload: unknown) => jws({ alg: 'HS256' }, payload);
// What the decoder's summary calls an ID token: a nonce (or at_hash), as an OIDC provider issues it.
const ID_TOKEN = { iss: 'https://accounts.example', aud: 'client-1', sub: '248289761001', nonce: 'n-0S6_WzA2Mj', exp: 2, iat: 1 };
const PROFILE = {
  name: 'Jane Doe', given_name: 'Jane', family_name: 'Doe', email: 'janedoe@example.com', email_verified: true,
  picture: 'http://example.com/janedoe/me.jpg', phone_number: '+447700900123', address: { country: 'UK', street_address: '1 Main St' },
};

testRule(
  { meta, check },
  {
    valid: [
      { name: 'identifiers only', token: claims({ sub: '248289761001', iss: 'https://issuer.example', scope: 'read' }) },
      { name: 'a version number that is not an IP', token: claims({ v: '1.2.3' }) },
      { name: 'an empty name', token: claims({ name: '' }) },
      { name: 'an ID token (it has a nonce) with its standard profile claims', token: jws({ alg: 'RS256', typ: 'JWT' }, { ...ID_TOKEN, ...PROFILE }) },
      { name: 'a Cognito ID token (token_use: id) with an e-mail address', token: jws({ alg: 'RS256' }, { sub: 'u', token_use: 'id', email: 'ada@example.com' }) },
    ],
    invalid: [
      { name: 'jwt.io example name (catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', findings: [{ messageId: 'personalData', severity: 'low', params: { count: 1, claims: 'name' } }] },
      { name: 'an OIDC ID token profile', token: claims({ email: 'ada@example.com', given_name: 'Ada', family_name: 'Lovelace' }), findings: [{ messageId: 'personalData', params: { count: 3 } }] },
      { name: 'an e-mail address under another name', token: claims({ contact: 'ada@example.com' }), findings: [{ messageId: 'personalData', params: { claims: 'contact' } }] },
      { name: 'an E.164 phone number', token: claims({ mobile: '+447700900123' }), findings: [{ messageId: 'personalData' }] },
      {
        name: 'an ID token: personal data outside the standard profile claims still counts',
        token: jws({ alg: 'RS256' }, { ...ID_TOKEN, ...PROFILE, ip_address: '203.0.113.7', contact: 'ada@example.com' }),
        findings: [{ messageId: 'personalData', severity: 'low', params: { count: 2, claims: 'ip_address, contact' } }],
      },
      { name: 'an access token (typ at+jwt) with profile claims', token: jws({ alg: 'RS256', typ: 'at+jwt' }, { ...ID_TOKEN, email: 'ada@example.com' }), findings: [{ messageId: 'personalData', params: { claims: 'email' } }] },
      { name: 'an IPv4 address', token: claims({ client: { addr: '203.0.113.7' } }), findings: [{ messageId: 'personalData', params: { claims: 'client/addr' } }] },
    ],
  },
);
