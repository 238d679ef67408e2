import { check, meta } from './signature-invalid';
import { jws, testRule } from '../test-support/rule-tester';

const token = jws({ alg: 'RS256' });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no key: decoded, not verified', token, verification: { status: 'no-key' } },
      { name: 'verified', token, verification: { status: 'valid', params: { alg: 'RS256' } } },
      { name: 'refused for a key that does not fit (alg-key-mismatch instead)', token, verification: { status: 'invalid', reason: 'key-alg-mismatch', params: { alg: 'RS256' } } },
      { name: 'the key could not be read', token, verification: { status: 'error', reason: 'key-not-recognised' } },
      { name: 'still pending', token, verification: { status: 'pending' } },
      { name: 'unsupported algorithm', token, verification: { status: 'unsupported', reason: 'alg-unsupported' } },
    ],
    invalid: [
      { name: 'signature mismatch', token, verification: { status: 'invalid', reason: 'signature-mismatch', params: { alg: 'RS256' } }, findings: [{ messageId: 'mismatch', severity: 'high', params: { tried: 1 } }] },
      { name: 'no JWKS member verifies', token, verification: { status: 'invalid', reason: 'signature-mismatch', params: { alg: 'RS256', tried: 3 } }, findings: [{ messageId: 'mismatch', params: { tried: 3 } }] },
      {
        // Found by the rules fuzz test: the evidence held the whole signature, however long.
        name: 'a long signature is cut in the evidence, as every copied value is',
        token: jws({ alg: 'RS256' }, { sub: 'x' }, 'A'.repeat(400)),
        verification: { status: 'invalid', reason: 'signature-mismatch' },
        findings: [{ messageId: 'mismatch', evidence: [{ part: 'signature', value: `${'A'.repeat(159)}…` }] }],
      },
    ],
  },
);
