import { check, meta } from './b64-false';
import { jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no b64', token: jws({ alg: 'HS256' }) },
      { name: 'b64 true listed in crit', token: jws({ alg: 'HS256', b64: true, crit: ['b64'] }) },
    ],
    invalid: [
      { name: '{"alg":"HS256","b64":false} without crit (catalog §3: both sub-triggers)', token: 'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2V9.eyJzdWIiOiJ4In0.', findings: [{ messageId: 'unencodedPayload', severity: 'high' }, { messageId: 'notCritical', severity: 'high' }] },
      { name: 'b64 false listed in crit', token: jws({ alg: 'HS256', b64: false, crit: ['b64'] }), findings: [{ messageId: 'unencodedPayload' }] },
      { name: 'b64 true without crit', token: jws({ alg: 'HS256', b64: true }), findings: [{ messageId: 'notCritical' }] },
      { name: 'b64 is a string', token: jws({ alg: 'HS256', b64: 'false', crit: ['b64'] }), findings: [{ messageId: 'notBoolean', severity: 'medium' }] },
    ],
  },
);
