import { createHmac } from 'node:crypto';
import { check, meta } from './hmac-empty-secret';
import { jws, testRule } from '../test-support/rule-tester';

function signed(alg: 'HS256' | 'HS384' | 'HS512', key: string): string {
  const unsigned = jws({ alg }, { sub: 'x' }, '').slice(0, -1);
  return `${unsigned}.${createHmac(`sha${alg.slice(2)}`, key).update(unsigned).digest('base64url')}`;
}

testRule(
  { meta, check },
  {
    valid: [
      { name: 'HS256 signed with "secret"', token: signed('HS256', 'secret') },
      { name: 'RS256 token', token: jws({ alg: 'RS256' }) },
      { name: 'empty signature (left to empty-signature)', token: jws({ alg: 'HS256' }, {}, '') },
      { name: 'audit found a non-empty secret', token: signed('HS256', 'secret'), audit: { status: 'done', hit: { secretText: 'secret', secretHex: '736563726574', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' } } },
    ],
    invalid: [
      { name: 'HS256 with the empty key', token: signed('HS256', ''), findings: [{ messageId: 'emptySecret', params: { alg: 'HS256' } }] },
      { name: 'HS384 with the empty key', token: signed('HS384', ''), findings: [{ messageId: 'emptySecret' }] },
      { name: 'HS512 with the empty key', token: signed('HS512', ''), findings: [{ messageId: 'emptySecret' }] },
      {
        name: 'reported by the audit',
        token: jws({ alg: 'HS256' }),
        audit: { status: 'done', hit: { secretText: '', secretHex: '', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' } },
        findings: [{ messageId: 'emptySecret' }],
      },
      {
        // Found by the rules fuzz test: the evidence held the whole signature, however long.
        name: 'a long signature is cut in the evidence, as every copied value is',
        token: jws({ alg: 'HS256' }, { sub: 'x' }, 'A'.repeat(400)),
        audit: { status: 'done', hit: { secretText: '', secretHex: '', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' } },
        findings: [{ messageId: 'emptySecret', evidence: [{ part: 'signature', value: `${'A'.repeat(159)}…` }] }],
      },
    ],
  },
);
