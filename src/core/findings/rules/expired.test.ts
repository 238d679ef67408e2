import { check, meta } from './expired';
import { jws, NOW, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'expires later', token: jws({ alg: 'HS256' }, { exp: NOW + 60 }) },
      { name: 'no exp', token: jws({ alg: 'HS256' }, {}) },
      { name: 'exp as a string (time-claim-invalid instead)', token: jws({ alg: 'HS256' }, { exp: String(NOW - 10) }) },
      { name: 'no clock given', token: jws({ alg: 'HS256' }, { exp: NOW - 1000 }), clock: null },
    ],
    invalid: [
      { name: 'expired an hour ago', token: jws({ alg: 'HS256' }, { exp: NOW - 3600 }), findings: [{ messageId: 'expired', severity: 'info', params: { expAt: NOW - 3600, agoSeconds: 3600 } }] },
      { name: 'expires exactly now (now ≥ exp)', token: jws({ alg: 'HS256' }, { exp: NOW }), findings: [{ messageId: 'expiredWithinLeeway', params: { agoSeconds: 0 } }] },
      { name: '30 s ago: within the usual leeway', token: jws({ alg: 'HS256' }, { exp: NOW - 30 }), findings: [{ messageId: 'expiredWithinLeeway' }] },
      { name: 'Nacos PoC exp -1 (catalog §3)', token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuYWNvcyIsImV4cCI6LTF9.ybUomrBRXZhbUMWVgXRz3Q6zndbF-Zdk4RGpCnV-Ofs', findings: [{ messageId: 'expired' }] },
      { name: 'a user leeway of 300 s widens the note', token: jws({ alg: 'HS256' }, { exp: NOW - 200 }), clock: { nowSeconds: NOW as never, leewaySeconds: 300 }, findings: [{ messageId: 'expiredWithinLeeway', params: { leewaySeconds: 300 } }] },
    ],
  },
);
