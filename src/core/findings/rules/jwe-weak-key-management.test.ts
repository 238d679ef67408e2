import { check, meta } from './jwe-weak-key-management';
import { jwe, testRule } from '../test-support/rule-tester';

const pbes2 = (extra: Record<string, unknown>) => jwe({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', ...extra });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'PBES2 with 600,000 iterations and a 16-byte salt', token: pbes2({ p2c: 600_000, p2s: 'AAAAAAAAAAAAAAAAAAAAAA' }) },
      { name: 'PBES2 with exactly 1000 iterations and 8 bytes', token: pbes2({ p2c: 1000, p2s: 'AAAAAAAAAAA' }) },
      { name: 'RSA-OAEP-256', token: jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }) },
    ],
    invalid: [
      { name: 'RSA1_5', token: jwe({ alg: 'RSA1_5', enc: 'A128CBC-HS256' }), findings: [{ messageId: 'rsa15' }] },
      { name: '999 iterations', token: pbes2({ p2c: 999, p2s: 'AAAAAAAAAAA' }), findings: [{ messageId: 'fewIterations', params: { p2c: 999 } }] },
      { name: 'a 4-byte salt', token: pbes2({ p2c: 600_000, p2s: 'AAAAAA' }), findings: [{ messageId: 'shortSalt', params: { bytes: 4 } }] },
      { name: 'no salt', token: pbes2({ p2c: 600_000 }), findings: [{ messageId: 'shortSalt', params: { bytes: 0 } }] },
      { name: 'both', token: pbes2({ p2c: 10, p2s: 'AA' }), findings: [{ messageId: 'fewIterations' }, { messageId: 'shortSalt' }] },
    ],
  },
);
