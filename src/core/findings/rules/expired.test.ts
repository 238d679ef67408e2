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
      { name: 'exp in milliseconds of an hour ago (read as seconds: far future; time-claim-invalid instead)', token: jws({ alg: 'HS256' }, { exp: (NOW - 3600) * 1000 }) },
    ],
    invalid: [
      { name: 'expired an hour ago', token: jws({ alg: 'HS256' }, { exp: NOW - 3600 }), findings: [{ messageId: 'expired', severity: 'info', params: { expAt: NOW - 3600, agoSeconds: 3600 } }] },
      { name: 'expires exactly now (now ≥ exp; no leeway set, as the time status judges)', token: jws({ alg: 'HS256' }, { exp: NOW }), findings: [{ messageId: 'expired', params: { agoSeconds: 0, leewaySeconds: 0 } }] },
      { name: '30 s ago with no leeway set: expired, as the time status says', token: jws({ alg: 'HS256' }, { exp: NOW - 30 }), findings: [{ messageId: 'expired', params: { agoSeconds: 30 } }] },
      { name: '30 s ago: within a 60 s leeway', token: jws({ alg: 'HS256' }, { exp: NOW - 30 }), clock: { nowSeconds: NOW as never, leewaySeconds: 60 }, findings: [{ messageId: 'expiredWithinLeeway', params: { leewaySeconds: 60 } }] },
      { name: 'expired by exactly the leeway', token: jws({ alg: 'HS256' }, { exp: NOW - 60 }), clock: { nowSeconds: NOW as never, leewaySeconds: 60 }, findings: [{ messageId: 'expired' }] },
      { name: 'a negative leeway counts as none', token: jws({ alg: 'HS256' }, { exp: NOW - 1 }), clock: { nowSeconds: NOW as never, leewaySeconds: -100 }, findings: [{ messageId: 'expired', params: { leewaySeconds: 0 } }] },
      { name: 'Nacos PoC exp -1 (catalog §3)', token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuYWNvcyIsImV4cCI6LTF9.ybUomrBRXZhbUMWVgXRz3Q6zndbF-Zdk4RGpCnV-Ofs', findings: [{ messageId: 'expired' }] },
      { name: 'a user leeway of 300 s widens the note', token: jws({ alg: 'HS256' }, { exp: NOW - 200 }), clock: { nowSeconds: NOW as never, leewaySeconds: 300 }, findings: [{ messageId: 'expiredWithinLeeway', params: { leewaySeconds: 300 } }] },
    ],
  },
);
