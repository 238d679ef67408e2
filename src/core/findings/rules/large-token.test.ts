import { check, meta } from './large-token';
import { jws, testRule } from '../test-support/rule-tester';

const sized = (approximateBytes: number) => jws({ alg: 'HS256' }, { data: 'x'.repeat(Math.floor((approximateBytes * 3) / 4)) });
const over5000 = sized(5000);
const over9000 = sized(9000);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a small token', token: jws({ alg: 'HS256' }) },
      { name: 'about 4000 bytes', token: sized(4000) },
    ],
    invalid: [
      {
        name: 'about 5000 bytes',
        token: over5000,
        findings: [{ messageId: 'overCookieLimit', severity: 'info', params: { bytes: over5000.length }, evidence: [{ part: 'token', measure: { unit: 'bytes', count: over5000.length } }] }],
      },
      {
        name: 'about 9000 bytes',
        token: over9000,
        findings: [{ messageId: 'overHeaderLimit', severity: 'low', evidence: [{ part: 'token', measure: { unit: 'bytes', count: over9000.length } }] }],
      },
    ],
  },
);
