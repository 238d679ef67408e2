import type { JweDecryption } from '../../crypto/jwe-decryption';
import { check, meta } from './jwe-zip-ratio';
import { jwe, testRule } from '../test-support/rule-tester';

const token = jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, 0);
const decrypted = (compressedBytes: number, inflatedBytes: number): JweDecryption => ({
  status: 'decrypted',
  plaintext: new Uint8Array(0),
  alg: 'dir',
  enc: 'A256GCM',
  zip: { compressedBytes, inflatedBytes, ratio: inflatedBytes / compressedBytes },
});

testRule(
  { meta, check },
  {
    valid: [
      { name: 'no decryption yet', token },
      { name: 'decrypted JSON at 3:1', token, decryption: decrypted(100, 300) },
      { name: 'decrypted at exactly 100:1', token, decryption: decrypted(100, 10_000) },
      { name: 'decrypted without zip', token: jwe({ alg: 'dir', enc: 'A256GCM' }, 0), decryption: { status: 'decrypted', plaintext: new Uint8Array(5), alg: 'dir', enc: 'A256GCM' } },
      { name: 'a wrong key', token, decryption: { status: 'wrong-key-or-tampered', reason: 'wrong-key', params: {} } },
      { name: 'a JWS', token: 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln', decryption: decrypted(10, 10_000) },
    ],
    invalid: [
      {
        name: 'inflation stopped at the cap',
        token,
        decryption: { status: 'zip-too-large', reason: 'zip-too-large', params: { maxBytes: 10_485_760 } },
        findings: [{ messageId: 'aboveCap', severity: 'high', params: { maxBytes: 10_485_760 }, evidence: [{ part: 'header', pointer: '/zip', value: 'DEF' }] }],
      },
      {
        name: 'decrypted at 1000:1',
        token,
        decryption: decrypted(1000, 1_000_000),
        findings: [
          {
            messageId: 'highRatio',
            severity: 'medium',
            params: { ratio: 1000, maxRatio: 100, compressedBytes: 1000, inflatedBytes: 1_000_000 },
            evidence: [
              { part: 'header', pointer: '/zip', value: 'DEF' },
              { part: 'ciphertext', measure: { unit: 'bytes', count: 1000 } },
            ],
          },
        ],
      },
    ],
  },
);
