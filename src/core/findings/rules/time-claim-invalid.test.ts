import { check, meta } from './time-claim-invalid';
import { b64u, jws, NOW, testRule } from '../test-support/rule-tester';

const claims = (payload: unknown) => jws({ alg: 'HS256' }, payload);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'ordinary seconds', token: claims({ iat: NOW, nbf: NOW, exp: NOW + 3600 }) },
      { name: 'fractional seconds are valid', token: claims({ exp: NOW + 0.5 }) },
      { name: '9999999999 sentinel (2286) is seconds', token: claims({ exp: 9_999_999_999 }) },
      { name: '2^31 − 1', token: claims({ exp: 2_147_483_647 }) },
      { name: 'year 3000 sentinel (32503680000) is seconds', token: claims({ exp: 32_503_680_000 }) },
      { name: '5e10 (year 3554) is seconds: below the milliseconds threshold', token: claims({ exp: 5e10 }) },
      { name: 'zero (the epoch) is a valid NumericDate', token: claims({ iat: 0 }) },
      { name: 'no time claims', token: claims({ sub: 'x' }) },
    ],
    invalid: [
      { name: 'exp as a string', token: claims({ exp: '1700000000' }), findings: [{ messageId: 'notNumber', params: { claim: 'exp', type: 'string' } }] },
      { name: 'iat null', token: claims({ iat: null }), findings: [{ messageId: 'notNumber', params: { claim: 'iat', type: 'null' } }] },
      { name: 'nbf true', token: claims({ nbf: true }), findings: [{ messageId: 'notNumber', params: { type: 'boolean' } }] },
      { name: 'Nacos PoC exp -1 (catalog §3)', token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuYWNvcyIsImV4cCI6LTF9.ybUomrBRXZhbUMWVgXRz3Q6zndbF-Zdk4RGpCnV-Ofs', findings: [{ messageId: 'negative', params: { claim: 'exp' } }] },
      { name: 'milliseconds', token: claims({ exp: 1_700_000_000_000 }), findings: [{ messageId: 'milliseconds', params: { secondsAt: 1_700_000_000 } }] },
      { name: 'after year 9999 even read as milliseconds', token: claims({ exp: 1e15 }), findings: [{ messageId: 'afterYear9999' }] },
      { name: 'milliseconds of a far date', token: claims({ exp: 253_402_300_800 }), findings: [{ messageId: 'milliseconds' }] },
      { name: 'the milliseconds threshold itself', token: claims({ iat: 1e11 }), findings: [{ messageId: 'milliseconds', params: { claim: 'iat', secondsAt: 100_000_000 } }] },
      { name: 'the last millisecond of 9999', token: claims({ nbf: 253_402_300_799_999 }), findings: [{ messageId: 'milliseconds', params: { secondsAt: 253_402_300_799 } }] },
      { name: 'a quoted NaN', token: claims({ exp: 'NaN' }), findings: [{ messageId: 'notNumber', params: { claim: 'exp', type: 'string' } }] },
      { name: 'an array', token: claims({ exp: [NOW] }), findings: [{ messageId: 'notNumber', params: { type: 'array' } }] },
      { name: 'exp after nbf but before iat (issued after it ended)', token: claims({ nbf: NOW - 100, iat: NOW, exp: NOW - 50 }), findings: [{ messageId: 'expNotAfterIat' }] },
      { name: 'not finite (1e400)', token: `${b64u('{"alg":"HS256"}')}.${b64u('{"exp":1e400}')}.c2ln`, findings: [{ messageId: 'notFinite' }] },
      { name: 'exp before iat', token: claims({ iat: NOW, exp: NOW - 10 }), findings: [{ messageId: 'expNotAfterIat' }] },
      { name: 'exp equal to nbf', token: claims({ nbf: NOW, exp: NOW }), findings: [{ messageId: 'expNotAfterNbf' }] },
    ],
  },
);
