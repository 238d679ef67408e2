import { check, meta } from './pbes2-high-count';
import { jwe, testRule } from '../test-support/rule-tester';

const pbes2 = (extra: Record<string, unknown>) => jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'AAAAAAAAAAA', ...extra });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'exactly 10,000, the common default cap', token: pbes2({ p2c: 10_000 }) },
      { name: '1,000 iterations (too few is jwe-weak-key-management)', token: pbes2({ p2c: 1000 }) },
      { name: 'not PBES2', token: jwe({ alg: 'dir', enc: 'A128GCM', p2c: 9e9 }) },
    ],
    invalid: [
      // Above the common cap and up to 1,200,000 the rule reports at low, never high.
      { name: '10,001 iterations', token: pbes2({ p2c: 10_001 }), findings: [{ messageId: 'aboveCommonCap', severity: 'low', params: { p2c: 10_001, cap: 10_000 } }] },
      { name: '600,000 iterations', token: pbes2({ p2c: 600_000 }), findings: [{ messageId: 'aboveCommonCap', severity: 'low', evidence: [{ part: 'header', pointer: '/p2c', value: '600000' }] }] },
      { name: 'exactly 1,200,000', token: pbes2({ p2c: 1_200_000 }), findings: [{ messageId: 'aboveCommonCap', severity: 'low' }] },
      { name: '1,200,001 is high', token: pbes2({ p2c: 1_200_001 }), findings: [{ messageId: 'highCount', severity: 'high', params: { p2c: 1_200_001, max: 1_200_000 } }] },
      { name: 'p2c 2,000,000,000 (catalog §3)', token: 'eyJhbGciOiJQQkVTMi1IUzI1NitBMTI4S1ciLCJlbmMiOiJBMTI4R0NNIiwicDJjIjoyMDAwMDAwMDAwLCJwMnMiOiJBQUFBQUFBQUFBQSJ9.AAAA.AAAA.AAAA.AAAA', findings: [{ messageId: 'highCount', params: { p2c: 2_000_000_000 } }] },
      { name: 'p2c missing', token: pbes2({}), findings: [{ messageId: 'invalidCount' }] },
      { name: 'p2c zero', token: pbes2({ p2c: 0 }), findings: [{ messageId: 'invalidCount' }] },
      { name: 'p2c a string', token: pbes2({ p2c: '1000' }), findings: [{ messageId: 'invalidCount' }] },
    ],
  },
);
