import { check, meta } from './iat-in-future';
import { jws, NOW, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'issued a minute ago', token: jws({ alg: 'HS256' }, { iat: NOW - 60 }) },
      { name: 'issued 5 minutes ahead (within the default skew)', token: jws({ alg: 'HS256' }, { iat: NOW + 300 }) },
      { name: 'no clock', token: jws({ alg: 'HS256' }, { iat: NOW + 9999 }), clock: null },
      { name: 'a larger leeway chosen by the user', token: jws({ alg: 'HS256' }, { iat: NOW + 500 }), clock: { nowSeconds: NOW as never, leewaySeconds: 600 } },
      { name: 'iat as a string (time-claim-invalid instead)', token: jws({ alg: 'HS256' }, { iat: String(NOW + 3600) }) },
    ],
    invalid: [
      { name: 'issued an hour ahead', token: jws({ alg: 'HS256' }, { iat: NOW + 3600 }), findings: [{ messageId: 'issuedInFuture', severity: 'low', params: { aheadSeconds: 3600, skewSeconds: 300 } }] },
      { name: 'one second beyond the default skew', token: jws({ alg: 'HS256' }, { iat: NOW + 301 }), findings: [{ messageId: 'issuedInFuture', params: { aheadSeconds: 301, skewSeconds: 300 } }] },
      { name: 'beyond a larger leeway chosen by the user', token: jws({ alg: 'HS256' }, { iat: NOW + 700 }), clock: { nowSeconds: NOW as never, leewaySeconds: 600 }, findings: [{ messageId: 'issuedInFuture', params: { skewSeconds: 600 } }] },
    ],
  },
);
