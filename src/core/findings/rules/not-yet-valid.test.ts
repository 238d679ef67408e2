import { check, meta } from './not-yet-valid';
import { jws, NOW, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'nbf in the past', token: jws({ alg: 'HS256' }, { nbf: NOW - 1 }) },
      { name: 'nbf exactly now', token: jws({ alg: 'HS256' }, { nbf: NOW }) },
      { name: 'no nbf', token: jws({ alg: 'HS256' }, {}) },
      { name: 'no clock', token: jws({ alg: 'HS256' }, { nbf: NOW + 100 }), clock: null },
    ],
    invalid: [{ name: 'nbf in an hour', token: jws({ alg: 'HS256' }, { nbf: NOW + 3600 }), findings: [{ messageId: 'notYetValid', severity: 'info', params: { nbfAt: NOW + 3600, inSeconds: 3600 } }] }],
  },
);
