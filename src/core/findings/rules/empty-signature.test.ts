import { check, meta } from './empty-signature';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a signed HS256 token', token: jws({ alg: 'HS256' }) },
      { name: 'alg none without signature (alg-none instead)', token: jws({ alg: 'none' }, {}, '') },
      { name: 'alg NONE without signature', token: jws({ alg: 'NONE' }, {}, '') },
      { name: 'a JWE', token: jwe({ alg: 'dir', enc: 'A128GCM' }) },
    ],
    invalid: [
      { name: 'HS256 with an empty signature (catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.', findings: [{ messageId: 'missingSignature', params: { alg: 'HS256' } }] },
      { name: 'RS256 with an empty signature', token: jws({ alg: 'RS256' }, {}, ''), findings: [{ messageId: 'missingSignature' }] },
      {
        name: 'duplicate alg HS256/none, empty signature (catalog §3: report both)',
        token: 'eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.eyJzdWIiOiJhZG1pbiJ9.',
        findings: [{ messageId: 'missingSignature', params: { alg: 'HS256' } }],
      },
      { name: 'no alg and no signature', token: jws({ typ: 'JWT' }, {}, ''), findings: [{ messageId: 'missingSignature' }] },
    ],
  },
);
