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
      { name: 'nbf ahead within the leeway (the time status says active)', token: jws({ alg: 'HS256' }, { nbf: NOW + 30 }), clock: { nowSeconds: NOW as never, leewaySeconds: 60 } },
      { name: 'nbf ahead by exactly the leeway', token: jws({ alg: 'HS256' }, { nbf: NOW + 60 }), clock: { nowSeconds: NOW as never, leewaySeconds: 60 } },
      { name: 'nbf as a string (time-claim-invalid instead)', token: jws({ alg: 'HS256' }, { nbf: String(NOW + 3600) }) },
    ],
    invalid: [
      { name: 'nbf in an hour', token: jws({ alg: 'HS256' }, { nbf: NOW + 3600 }), findings: [{ messageId: 'notYetValid', severity: 'info', params: { nbfAt: NOW + 3600, inSeconds: 3600 } }] },
      { name: 'nbf one second ahead with no leeway', token: jws({ alg: 'HS256' }, { nbf: NOW + 1 }), findings: [{ messageId: 'notYetValid', params: { inSeconds: 1 } }] },
      { name: 'nbf ahead beyond the leeway', token: jws({ alg: 'HS256' }, { nbf: NOW + 61 }), clock: { nowSeconds: NOW as never, leewaySeconds: 60 }, findings: [{ messageId: 'notYetValid', params: { inSeconds: 61 } }] },
      { name: 'nbf in milliseconds (read as seconds: far future)', token: jws({ alg: 'HS256' }, { nbf: NOW * 1000 }), findings: [{ messageId: 'notYetValid' }] },
    ],
  },
);
