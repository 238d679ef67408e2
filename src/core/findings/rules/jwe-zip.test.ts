import { check, meta } from './jwe-zip';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no zip', token: jwe({ alg: 'dir', enc: 'A128GCM' }) },
      { name: 'a JWS without zip', token: jws({ alg: 'HS256' }) },
    ],
    invalid: [
      { name: 'DEF compression', token: jwe({ alg: 'dir', enc: 'A128GCM', zip: 'DEF' }), findings: [{ messageId: 'compressed', severity: 'medium' }] },
      { name: 'an unregistered value', token: jwe({ alg: 'dir', enc: 'A128GCM', zip: 'GZIP' }), findings: [{ messageId: 'unknownValue', params: { zip: 'GZIP' } }] },
      { name: 'zip in a JWS header', token: jws({ alg: 'HS256', zip: 'DEF' }), findings: [{ messageId: 'inJws' }] },
    ],
  },
);
