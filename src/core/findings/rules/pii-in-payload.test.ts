import { check, meta } from './pii-in-payload';
import { jws, testRule } from '../test-support/rule-tester';

const claims = (payload: unknown) => jws({ alg: 'HS256' }, payload);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'identifiers only', token: claims({ sub: '248289761001', iss: 'https://issuer.example', scope: 'read' }) },
      { name: 'a version number that is not an IP', token: claims({ v: '1.2.3' }) },
      { name: 'an empty name', token: claims({ name: '' }) },
    ],
    invalid: [
      { name: 'jwt.io example name (catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', findings: [{ messageId: 'personalData', severity: 'low', params: { count: 1, claims: 'name' } }] },
      { name: 'an OIDC ID token profile', token: claims({ email: 'ada@example.com', given_name: 'Ada', family_name: 'Lovelace' }), findings: [{ messageId: 'personalData', params: { count: 3 } }] },
      { name: 'an e-mail address under another name', token: claims({ contact: 'ada@example.com' }), findings: [{ messageId: 'personalData', params: { claims: 'contact' } }] },
      { name: 'an E.164 phone number', token: claims({ mobile: '+447700900123' }), findings: [{ messageId: 'personalData' }] },
      { name: 'an IPv4 address', token: claims({ client: { addr: '203.0.113.7' } }), findings: [{ messageId: 'personalData', params: { claims: 'client/addr' } }] },
    ],
  },
);
