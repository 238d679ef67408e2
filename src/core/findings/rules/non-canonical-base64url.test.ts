import { check, meta } from './non-canonical-base64url';
import { jws, testRule } from '../test-support/rule-tester';

// jwt.io example #2; its signature ends in `c`, whose unused bits are zero.
const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const [h, p, s] = JWT_IO.split('.') as [string, string, string];

testRule(
  { meta, check },
  {
    valid: [
      { name: 'the jwt.io example', token: JWT_IO },
      { name: 'an empty signature', token: `${h}.${p}.` },
      // The decoder's notes say what was removed; a finding would say it a second time.
      { name: 'a Bearer prefix and quotes', token: `Bearer "${JWT_IO}"` },
      { name: 'line-wrapped from a log', token: `${JWT_IO.slice(0, 60)}\n${JWT_IO.slice(60)}` },
    ],
    invalid: [
      { name: 'last character changed c → d (catalog §3)', token: `${h}.${p}.${s.slice(0, -1)}d`, findings: [{ messageId: 'notCanonical', severity: 'medium', params: { part: 'signature' }, notes: ['trailingBits'] }] },
      { name: '= padding', token: `${h}.${p}.${s}=`, findings: [{ messageId: 'notCanonical', notes: ['padding'] }] },
      { name: 'standard alphabet', token: jws({ alg: 'HS256' }, {}, 'ab+/'), findings: [{ messageId: 'notCanonical', notes: ['standardAlphabet'] }] },
      { name: 'a character outside base64', token: `${h}.${p}.${s.slice(0, 5)}!${s.slice(6)}`, findings: [{ messageId: 'invalidCharacter', params: { part: 'signature', position: 5, character: '!' } }] },
      { name: 'length % 4 === 1', token: `${h}.${p}.${s}AA`, findings: [{ messageId: 'invalidLength', params: { part: 'signature' } }] },
      { name: 'a Bearer prefix does not hide = padding', token: `Bearer ${h}.${p}.${s}=`, findings: [{ messageId: 'notCanonical', severity: 'medium', notes: ['padding'] }] },
    ],
  },
);
