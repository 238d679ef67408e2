import { check, meta } from './jwe-dir-short-key';
import { b64u, jwe, testRule } from '../test-support/rule-tester';

const octJwk = (bytes: number, extra: Record<string, unknown> = {}) => ({ kty: 'oct', k: b64u(new Uint8Array(bytes).fill(3)), ...extra });
const token = (enc: string, header: Record<string, unknown> = {}) => jwe({ alg: 'dir', enc, ...header }, 0);

testRule(
  { meta, check },
  {
    valid: [
      { name: 'A256GCM with a 32-byte key', token: token('A256GCM'), keyText: b64u(new Uint8Array(32).fill(1)), secretEncoding: 'base64url' },
      { name: 'A128GCM with a 16-character text key', token: token('A128GCM'), keyText: '0123456789abcdef' },
      { name: 'A256CBC-HS512 with a 64-byte JWK', token: token('A256CBC-HS512'), keyText: JSON.stringify(octJwk(64)) },
      { name: 'a longer key (jwe-key-mismatch says so)', token: token('A128GCM'), keyText: JSON.stringify(octJwk(32)) },
      { name: 'a JWKS with one member long enough', token: token('A256GCM'), keyText: JSON.stringify({ keys: [octJwk(16), octJwk(32)] }) },
      { name: 'a JWKS whose kid picks a key long enough', token: token('A256GCM', { kid: 'good' }), keyText: JSON.stringify({ keys: [octJwk(16, { kid: 'bad' }), octJwk(32, { kid: 'good' })] }) },
      { name: 'an RSA key (jwe-key-mismatch says so)', token: token('A256GCM'), keyText: JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB' }) },
      { name: 'no key', token: token('A256GCM') },
      { name: 'not dir', token: jwe({ alg: 'A256KW', enc: 'A256GCM' }), keyText: 'short' },
      { name: 'an unknown enc', token: token('A512GCM'), keyText: 'short' },
    ],
    invalid: [
      {
        name: 'A256GCM with a typed password',
        token: token('A256GCM'),
        keyText: 'hunter2',
        findings: [{ messageId: 'tooShort', params: { enc: 'A256GCM', bytes: 7, expectedBytes: 32 }, evidence: [{ part: 'key', measure: { unit: 'bytes', count: 7 } }] }],
      },
      { name: 'A128CBC-HS256 with a 16-byte key (the MAC half is missing)', token: token('A128CBC-HS256'), keyText: JSON.stringify(octJwk(16)), findings: [{ messageId: 'tooShort', params: { bytes: 16, expectedBytes: 32 } }] },
      { name: 'A192GCM with a 16-byte base64url key', token: token('A192GCM'), keyText: b64u(new Uint8Array(16)), secretEncoding: 'base64url', findings: [{ messageId: 'tooShort', params: { bytes: 16, expectedBytes: 24 } }] },
      { name: 'a JWKS whose members are all short (the longest is named)', token: token('A256GCM'), keyText: JSON.stringify({ keys: [octJwk(16), octJwk(24)] }), findings: [{ messageId: 'tooShort', params: { bytes: 24 } }] },
      { name: 'a JWKS whose kid picks a short member', token: token('A256GCM', { kid: 'bad' }), keyText: JSON.stringify({ keys: [octJwk(16, { kid: 'bad' }), octJwk(32, { kid: 'good' })] }), findings: [{ messageId: 'tooShort', params: { bytes: 16 } }] },
    ],
  },
);
