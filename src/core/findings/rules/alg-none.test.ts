import { check, meta } from './alg-none';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'HS256 token', token: jws({ alg: 'HS256' }) },
      { name: 'no alg at all (left to alg-invalid)', token: jws({ typ: 'JWT' }) },
      { name: 'alg that merely contains none', token: jws({ alg: 'nonesuch' }) },
      { name: 'non-string alg', token: jws({ alg: null }) },
      { name: 'a JWE is never unsecured', token: jwe({ alg: 'none', enc: 'A128GCM' }) },
    ],
    invalid: [
      { name: 'synthetic alg none (catalog §3)', token: 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.', findings: [{ messageId: 'unsigned', severity: 'critical', pointer: '/alg' }] },
      { name: 'nOnE (catalog §3)', token: 'eyJhbGciOiJuT25FIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiJ9.', findings: [{ messageId: 'caseVariant', params: { alg: 'nOnE' } }] },
      { name: 'None', token: jws({ alg: 'None' }, {}, ''), findings: [{ messageId: 'caseVariant', params: { alg: 'None' } }] },
      { name: 'none with trailing space', token: jws({ alg: 'none ' }, {}, ''), findings: [{ messageId: 'caseVariant', params: { alg: 'none ' } }] },
      { name: 'none with a signature', token: jws({ alg: 'none' }), findings: [{ messageId: 'unsigned' }, { messageId: 'signaturePresent' }] },
      {
        name: 'duplicate alg, none wins (catalog §3)',
        token: 'eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.eyJzdWIiOiJhZG1pbiJ9.',
        findings: [{ messageId: 'unsigned' }],
      },
      { name: 'duplicate alg, none first', token: jws('{"alg":"none","alg":"HS256"}', {}, ''), findings: [{ messageId: 'unsigned' }] },
    ],
  },
);
