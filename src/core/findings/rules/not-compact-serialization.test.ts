import { check, meta } from './not-compact-serialization';
import { b64u, jwe, jws, testRule } from '../test-support/rule-tester';

const token = jws({ alg: 'HS256' }, { sub: 'x' });
const [h, p, s] = token.split('.') as [string, string, string];

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a compact JWS', token },
      { name: 'a compact JWE', token: jwe({ alg: 'dir', enc: 'A128GCM' }) },
    ],
    invalid: [
      { name: 'flattened JWS JSON', token: JSON.stringify({ protected: h, payload: p, signature: s }), findings: [{ messageId: 'jsonSerialization', params: { kind: 'jws' } }] },
      { name: 'general JWS JSON', token: JSON.stringify({ payload: p, signatures: [{ protected: h, signature: s }] }), findings: [{ messageId: 'jsonSerialization', params: { kind: 'jws' } }] },
      { name: 'JWE JSON', token: JSON.stringify({ protected: h, iv: 'AA', ciphertext: 'AA', tag: 'AA' }), findings: [{ messageId: 'jsonSerialization', params: { kind: 'jwe' } }] },
      { name: 'two parts', token: `${h}.${p}`, findings: [{ messageId: 'partCount', params: { count: 2 } }] },
      { name: 'four parts', token: `${h}.${p}.${s}.${s}`, findings: [{ messageId: 'partCount', params: { count: 4 } }] },
      {
        name: 'mixed compact/JSON form (CVE-2022-39227)',
        token: `${h}.${p}.{"  ${b64u('x')}":"","protected":"${h}","payload":"${p}","signature":"${s}"}`,
        findings: [{ messageId: 'mixedForm', params: { part: 'signature' } }],
      },
      {
        name: 'the python-jwt exploit shape: a JSON object whose name holds the compact token',
        token: `{"  ${h}.${p}.":"","protected":"${h}","payload":"${p}","signature":"${s}"}`,
        findings: [{ messageId: 'jsonSerialization', params: { kind: 'jws' } }],
      },
    ],
  },
);
