import { check, meta } from './hmac-weak-secret';
import type { AuditResult } from '../rule-context';
import { jws, testRule } from '../test-support/rule-tester';

const JWT_IO_OLD = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9.TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ';
const found = (secretText: string, encoding: 'utf8' | 'hex' = 'utf8'): AuditResult => ({
  status: 'done',
  hit: { secretText, secretHex: Buffer.from(secretText).toString('hex'), source: 'famous-defaults', encoding, alg: 'HS256' },
});

testRule(
  { meta, check },
  {
    valid: [
      { name: 'audit still running', token: JWT_IO_OLD, audit: { status: 'running' } },
      { name: 'audit done without a hit (cannot prove strength)', token: JWT_IO_OLD, audit: { status: 'done' } },
      { name: 'no audit', token: JWT_IO_OLD },
      { name: 'the empty secret is hmac-empty-secret', token: JWT_IO_OLD, audit: { status: 'done', hit: { secretHex: '', secretText: '', source: 'famous-defaults', encoding: 'utf8', alg: 'HS256' } } },
      { name: 'an RS256 token', token: jws({ alg: 'RS256' }), audit: found('secret') },
    ],
    invalid: [
      {
        name: 'older jwt.io example, secret "secret" (catalog §3)',
        token: JWT_IO_OLD,
        audit: found('secret'),
        findings: [{ messageId: 'foundInDictionary', severity: 'critical', params: { secret: 'secret', source: 'famousDefaults', encoding: 'utf8' } }],
      },
      {
        name: "this tool's own example: said, at info (the secret is public on purpose)",
        token: JWT_IO_OLD,
        audit: { status: 'done', hit: { ...found('jwt-inspector-example-secret').hit!, ownExample: true } },
        findings: [{ messageId: 'ownExample', severity: 'info', params: { secret: 'jwt-inspector-example-secret' } }],
      },
      {
        name: 'a hex-decoded candidate without text',
        token: JWT_IO_OLD,
        audit: { status: 'done', hit: { secretHex: '00ff', source: 'user-wordlist', origin: 'wordlist.txt', encoding: 'hex', alg: 'HS256' } },
        findings: [{ messageId: 'foundInDictionary', params: { secret: '00ff', encoding: 'hex', source: 'userWordlist', origin: 'wordlist.txt' } }],
      },
    ],
  },
);
