import { describe, expect, it } from 'vitest';
import { check, meta } from './crit-unknown';
import { contextFor, jwe, jws, testRule } from '../test-support/rule-tester';

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no crit', token: jws({ alg: 'HS256' }) },
      { name: 'crit b64 with b64 present (RFC 7797)', token: jws({ alg: 'HS256', b64: false, crit: ['b64'] }) },
    ],
    invalid: [
      { name: 'an unknown extension', token: jws({ alg: 'ES256', exp: 1, crit: ['exp'] }), findings: [{ messageId: 'unknownExtension', severity: 'high', params: { names: 'exp', ecosystem: 'none' } }] },
      {
        name: 'UK Open Banking extensions (expected there: named)',
        token: jws({ alg: 'PS256', b64: false, 'http://openbanking.org.uk/iat': 1, 'http://openbanking.org.uk/iss': 'x', 'http://openbanking.org.uk/tan': 'y', crit: ['b64', 'http://openbanking.org.uk/iat', 'http://openbanking.org.uk/iss', 'http://openbanking.org.uk/tan'] }),
        findings: [{ messageId: 'unknownExtension', params: { count: 3, ecosystem: 'openBanking' } }],
      },
      { name: 'JAdES sigT', token: jws({ alg: 'ES256', sigT: '2024-01-01T00:00:00Z', crit: ['sigT'] }), findings: [{ messageId: 'unknownExtension', params: { ecosystem: 'jades' } }] },
      { name: 'crit is a string', token: jws({ alg: 'HS256', crit: 'b64' }), findings: [{ messageId: 'malformed', severity: 'medium', notes: ['notArray'] }] },
      { name: 'crit is empty', token: jws({ alg: 'HS256', crit: [] }), findings: [{ messageId: 'malformed', notes: ['empty'] }] },
      { name: 'crit holds a number', token: jws({ alg: 'HS256', crit: [1] }), findings: [{ messageId: 'malformed', notes: ['notString'] }] },
      { name: 'duplicate entry', token: jws({ alg: 'HS256', b64: true, crit: ['b64', 'b64'] }), findings: [{ messageId: 'malformed', notes: ['duplicate'] }] },
      { name: 'names a parameter the header lacks', token: jws({ alg: 'HS256', crit: ['b64'] }), findings: [{ messageId: 'malformed', notes: ['absent'] }] },
      { name: 'names a registered parameter', token: jws({ alg: 'HS256', crit: ['alg'] }), findings: [{ messageId: 'malformed', notes: ['registered'] }] },
      { name: 'in a JWE header', token: jwe({ alg: 'dir', enc: 'A128GCM', x: 1, crit: ['x'] }), findings: [{ messageId: 'unknownExtension' }] },
      {
        name: 'unknown and malformed together',
        token: jws({ alg: 'HS256', crit: ['ext', 'ext'] }),
        findings: [{ messageId: 'unknownExtension', params: { names: 'ext', count: 1 } }, { messageId: 'malformed', notes: ['absent', 'duplicate', 'absent'] }],
      },
    ],
  },
);

describe('crit-unknown notes', () => {
  // Found by the rules fuzz test: a note named a crit entry whole, however long.
  it('cut a long parameter name as the finding cuts it', () => {
    const name = '../'.repeat(2_000);
    const shown = `${name.slice(0, 159)}…`;
    const malformed = check(contextFor(jws({ alg: 'HS256', crit: [name, name] }))).find((finding) => finding.messageId === 'malformed');
    expect(malformed?.notes).toEqual([
      { messageId: 'absent', params: { name: shown } },
      { messageId: 'duplicate', params: { name: shown } },
      { messageId: 'absent', params: { name: shown } },
    ]);
  });
});
