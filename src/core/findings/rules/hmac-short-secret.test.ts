import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { check, checkAsync, meta } from './hmac-short-secret';
import { contextFor, jws, testRule } from '../test-support/rule-tester';

function signed(alg: 'HS256' | 'HS384' | 'HS512', key: string | Buffer, payload: unknown = { sub: 'x' }): string {
  const unsigned = jws({ alg }, payload, '').slice(0, -1);
  return `${unsigned}.${createHmac(`sha${alg.slice(2)}`, key).update(unsigned).digest('base64url')}`;
}

const RANDOM_64 = 'q8Vt2mZrX4kLp9sN1wEaYc7uHbJf3gTd6QxR0vKiMoPyWzSnBlCeDhGjUaFt5r8L';
const RANDOM_BYTES = Buffer.from('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'hex');
// The c-jwt-cracker README's example token, secret "Sn1f".
const SN1F = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9.cAOIAifu3fykvhkHpbuhbvtH807-Z2rI1FS3vX1XMjE';

const sharedValid = [
  { name: 'Supabase demo secret: words, but zxcvbn rates it above 128 bits', token: signed('HS256', 'super-secret-jwt-token-with-at-least-32-characters-long'), keyText: 'super-secret-jwt-token-with-at-least-32-characters-long' },
  { name: 'no key', token: signed('HS256', 'secret') },
  { name: 'a key that does not verify the token (signature-invalid instead)', token: signed('HS256', 'secret'), keyText: 'other' },
  { name: '64 random characters for HS256', token: signed('HS256', RANDOM_64), keyText: RANDOM_64 },
  { name: '32 random bytes given as hex', token: signed('HS256', RANDOM_BYTES), keyText: RANDOM_BYTES.toString('hex'), secretEncoding: 'hex' as const },
  { name: '64 random characters for HS512', token: signed('HS512', RANDOM_64), keyText: RANDOM_64 },
  { name: 'an RS256 token', token: jws({ alg: 'RS256' }), keyText: 'secret' },
  {
    name: 'this tool’s example secret, public on purpose (hmac-weak-secret tells, as info)',
    token: signed('HS256', 'jwt-inspector-example-secret'),
    keyText: 'jwt-inspector-example-secret',
  },
];

const sharedInvalid = [
  { name: 'c-jwt-cracker "Sn1f" (catalog §3)', token: SN1F, keyText: 'Sn1f', findings: [{ messageId: 'tooShort', severity: 'high' as const, params: { bytes: 4, minBytes: 32 } }] },
  { name: '"secret" for HS256', token: signed('HS256', 'secret'), keyText: 'secret', findings: [{ messageId: 'tooShort', params: { bytes: 6 }, evidence: [{ part: 'key' as const, measure: { unit: 'bytes' as const, count: 6 } }] }] },
  { name: '40 characters for HS512', token: signed('HS512', 'x'.repeat(40)), keyText: 'x'.repeat(40), findings: [{ messageId: 'tooShort', params: { minBytes: 64 } }] },
  {
    name: '16 random bytes written as 32 hex characters, used as text (textual-encoding note)',
    token: signed('HS256', 'a3bf4f1b2b0b822cd15d6c15b0f00a0'),
    keyText: 'a3bf4f1b2b0b822cd15d6c15b0f00a0',
    findings: [{ messageId: 'tooShort', params: { looksEncoded: 'no' } }],
  },
  {
    name: 'a 16-byte key from 32 hex digits decoded',
    token: signed('HS256', RANDOM_BYTES.subarray(0, 16)),
    keyText: RANDOM_BYTES.subarray(0, 16).toString('hex'),
    secretEncoding: 'hex' as const,
    findings: [{ messageId: 'tooShort', params: { bytes: 16 } }],
  },
  {
    name: 'an oct JWK with a short k',
    token: signed('HS256', 'short-key'),
    keyText: JSON.stringify({ kty: 'oct', k: Buffer.from('short-key').toString('base64url') }),
    findings: [{ messageId: 'tooShort' }],
  },
];

testRule({ meta, check }, { valid: [...sharedValid, { name: 'a long passphrase is judged only once the estimator has run', token: signed('HS256', 'a-string-secret-at-least-256-bits-long'), keyText: 'a-string-secret-at-least-256-bits-long' }], invalid: sharedInvalid });

testRule(
  { meta, check, checkAsync },
  {
    valid: sharedValid,
    invalid: [
      ...sharedInvalid,
      {
        name: 'the jwt.io secret: long enough, but words and a pattern',
        token: signed('HS256', 'a-string-secret-at-least-256-bits-long'),
        keyText: 'a-string-secret-at-least-256-bits-long',
        findings: [{ messageId: 'lowEntropy', severity: 'medium' }],
      },
      {
        name: 'Nacos default secret (catalog §3): 69 characters, one word and a digit run',
        token: signed('HS256', 'SecretKey012345678901234567890123456789012345678901234567890123456789'),
        keyText: 'SecretKey012345678901234567890123456789012345678901234567890123456789',
        findings: [{ messageId: 'lowEntropy' }],
      },
      {
        name: 'a repeated pattern of 32 characters',
        token: signed('HS256', 'abcabcabcabcabcabcabcabcabcabcab'),
        keyText: 'abcabcabcabcabcabcabcabcabcabcab',
        findings: [{ messageId: 'lowEntropy' }],
      },
      {
        name: 'a hex SHA-256 of a word, used as text',
        token: signed('HS256', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
        keyText: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
        findings: [{ messageId: 'lowEntropy', params: { looksEncoded: 'hex' } }],
      },
    ],
  },
  { mode: 'async' },
);

describe('hmac-short-secret evidence', () => {
  it('gives the estimated entropy as an approximate number of bits, not as text', async () => {
    const secret = 'a-string-secret-at-least-256-bits-long';
    const [finding] = await checkAsync(contextFor(signed('HS256', secret), { keyText: secret }));
    expect(finding?.params.bits).toBeTypeOf('number');
    expect(finding?.evidence).toEqual([{ part: 'key', measure: { unit: 'bits', count: finding?.params.bits, approximate: true } }]);
  });
});
