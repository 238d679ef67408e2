import { check, meta } from './rsa-key-too-small';
import { getKeyPair, signToken } from '../../crypto/test-support/create-key-fixtures';
import { b64u, jwe, jws, testRule } from '../test-support/rule-tester';

const sig = (bytes: number) => b64u(new Uint8Array(bytes).fill(9));
const pem = (type: 'rsa-1024' | 'rsa-2048') => getKeyPair(type).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const jwk = (type: 'rsa-1024' | 'rsa-2048', kid: string) => ({ ...getKeyPair(type).publicKey.export({ format: 'jwk' }), kid });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'RS256 with a 2048-bit signature', token: jws({ alg: 'RS256' }, {}, sig(256)) },
      { name: 'RS256 with 255 bytes (producer dropped a leading zero)', token: jws({ alg: 'RS256' }, {}, sig(255)) },
      { name: 'RS256 with 250 bytes', token: jws({ alg: 'RS256' }, {}, sig(250)) },
      { name: 'HS256 with a short signature is not RSA', token: jws({ alg: 'HS256' }, {}, sig(32)) },
      { name: 'RS256 signed with a 2048-bit key, key pasted', token: signToken('RS256', getKeyPair('rsa-2048').privateKey), keyText: pem('rsa-2048') },
      { name: 'a JWE with a 256-byte RSA-OAEP encrypted key', token: jwe({ alg: 'RSA-OAEP', enc: 'A128GCM' }, 256) },
      { name: 'a dir JWE has no encrypted key', token: jwe({ alg: 'dir', enc: 'A128GCM' }, 0) },
      {
        name: 'a JWKS whose small member is not the one the kid names',
        token: jws({ alg: 'RS256', kid: 'big' }, {}, sig(256)),
        keyText: JSON.stringify({ keys: [jwk('rsa-1024', 'small'), jwk('rsa-2048', 'big')] }),
      },
    ],
    invalid: [
      {
        name: 'RS256 signed with a 1024-bit key (token only)',
        token: signToken('RS256', getKeyPair('rsa-1024').privateKey),
        findings: [
          {
            messageId: 'signatureShort',
            params: { bytes: 128, bits: 1024 },
            evidence: [
              { part: 'signature', measure: { unit: 'bytes', count: 128 } },
              { part: 'header', pointer: '/alg', value: 'RS256' },
            ],
          },
        ],
      },
      {
        name: 'RS256 signed with a 1024-bit key, key pasted',
        token: signToken('RS256', getKeyPair('rsa-1024').privateKey),
        keyText: pem('rsa-1024'),
        findings: [{ messageId: 'signatureShort' }, { messageId: 'keyShort', params: { bits: 1024 }, evidence: [{ part: 'key', measure: { unit: 'bits', count: 1024 } }] }],
      },
      { name: 'PS256 with a 1024-bit key pasted', token: jws({ alg: 'PS256' }, {}, sig(256)), keyText: pem('rsa-1024'), findings: [{ messageId: 'keyShort' }] },
      {
        name: 'RSA1_5 JWE with a 128-byte encrypted key',
        token: jwe({ alg: 'RSA1_5', enc: 'A128GCM' }, 128),
        findings: [{ messageId: 'encryptedKeyShort', params: { bytes: 128 }, evidence: [{ part: 'encrypted-key', measure: { unit: 'bytes', count: 128 } }] }],
      },
    ],
  },
);
