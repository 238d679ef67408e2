import { check, meta } from './duplicate-json-keys';
import { jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'unique names', token: jws({ alg: 'HS256' }, { sub: 'a', name: 'b' }) },
      { name: 'the same name in different objects', token: jws({ alg: 'HS256' }, { a: { x: 1 }, b: { x: 2 } }) },
    ],
    invalid: [
      { name: 'alg twice (catalog §3)', token: 'eyJhbGciOiJIUzI1NiIsImFsZyI6Im5vbmUifQ.eyJzdWIiOiJhZG1pbiJ9.', findings: [{ messageId: 'duplicate', params: { part: 'header', name: 'alg' }, pointer: '/alg' }] },
      { name: 'alg and \\u0061lg', token: jws('{"alg":"HS256","\\u0061lg":"none"}'), findings: [{ messageId: 'duplicate', params: { name: 'alg' } }] },
      { name: 'sub twice in the payload', token: jws({ alg: 'HS256' }, '{"sub":"user","sub":"admin"}'), findings: [{ messageId: 'duplicate', params: { part: 'payload', name: 'sub' }, pointer: '/sub' }] },
      { name: 'nested duplicate', token: jws({ alg: 'HS256' }, '{"cnf":{"jkt":"a","jkt":"b"}}'), findings: [{ messageId: 'duplicate', pointer: '/cnf/jkt' }] },
      { name: 'in a JWE header', token: jwe('{"alg":"dir","enc":"A128GCM","enc":"A256GCM"}'), findings: [{ messageId: 'duplicate', params: { name: 'enc' } }] },
    ],
  },
);
