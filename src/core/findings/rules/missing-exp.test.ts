import { check, meta } from './missing-exp';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'has exp', token: jws({ alg: 'HS256' }, { exp: 1 }) },
      { name: 'exp present but malformed (time-claim-invalid instead)', token: jws({ alg: 'HS256' }, { exp: '1700000000' }) },
      { name: 'a DPoP proof', token: jws({ alg: 'ES256', typ: 'dpop+jwt' }, { iat: 1, jti: 'x' }) },
      { name: 'a plain-text payload', token: jws({ alg: 'HS256' }, 'hello') },
      { name: 'a JWE (claims unseen)', token: jwe({ alg: 'dir', enc: 'A128GCM' }) },
    ],
    invalid: [
      { name: 'jwt.io example (catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', findings: [{ messageId: 'noExpiry', severity: 'medium' }] },
      { name: 'empty claims', token: jws({ alg: 'RS256' }, {}), findings: [{ messageId: 'noExpiry' }] },
    ],
  },
);
