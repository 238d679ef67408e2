import { check, meta } from './signature-length-mismatch';
import { b64u, jws, testRule } from '../test-support/rule-tester';

const sig = (bytes: number, fill = 7) => b64u(new Uint8Array(bytes).fill(fill));
// A DER SEQUENCE of two INTEGERs, the shape some libraries emit instead of raw R||S.
const der = (() => {
  const r = new Uint8Array(33).fill(0x41);
  r[0] = 0;
  const s = new Uint8Array(32).fill(0x42);
  const body = [0x02, r.length, ...r, 0x02, s.length, ...s];
  return b64u(Uint8Array.from([0x30, body.length, ...body]));
})();

testRule(
  { meta, check },
  {
    valid: [
      { name: 'HS256 with 32 bytes', token: jws({ alg: 'HS256' }, {}, sig(32)) },
      { name: 'HS512 with 64 bytes', token: jws({ alg: 'HS512' }, {}, sig(64)) },
      { name: 'ES512 with 132 bytes', token: jws({ alg: 'ES512' }, {}, sig(132)) },
      { name: 'RS256 with a 3072-bit signature (normal)', token: jws({ alg: 'RS256' }, {}, sig(384)) },
      { name: 'RS256 with a 4096-bit signature (normal)', token: jws({ alg: 'RS256' }, {}, sig(512)) },
      { name: 'RS256 with 255 bytes (stripped leading zero, left to rsa-key-too-small)', token: jws({ alg: 'RS256' }, {}, sig(255)) },
      { name: 'EdDSA with 114 bytes (Ed448)', token: jws({ alg: 'EdDSA' }, {}, sig(114)) },
      { name: 'EdDSA with 64 bytes (Ed25519)', token: jws({ alg: 'EdDSA' }, {}, sig(64)) },
      { name: 'ES256K with 64 bytes', token: jws({ alg: 'ES256K' }, {}, sig(64)) },
      { name: 'Ed448 with 114 bytes', token: jws({ alg: 'Ed448' }, {}, sig(114)) },
      { name: 'ML-DSA-44 with 2420 bytes', token: jws({ alg: 'ML-DSA-44' }, {}, sig(2420)) },
      { name: 'ML-DSA-65 with 3309 bytes', token: jws({ alg: 'ML-DSA-65' }, {}, sig(3309)) },
      { name: 'ML-DSA-87 with 4627 bytes', token: jws({ alg: 'ML-DSA-87' }, {}, sig(4627)) },
      { name: 'empty signature (left to empty-signature)', token: jws({ alg: 'HS256' }, {}, '') },
      { name: 'unknown alg', token: jws({ alg: 'XYZ' }, {}, sig(3)) },
    ],
    invalid: [
      {
        name: 'HS256 with 31 bytes',
        token: jws({ alg: 'HS256' }, {}, sig(31)),
        findings: [
          {
            messageId: 'wrongLength',
            params: { bytes: 31, expectedBytes: '32' },
            evidence: [
              { part: 'signature', measure: { unit: 'bytes', count: 31 } },
              { part: 'header', pointer: '/alg', value: 'HS256' },
            ],
          },
        ],
      },
      { name: 'HS256 with a truncated 43-char signature cut to 40', token: jws({ alg: 'HS256' }, {}, sig(32).slice(0, 40)), findings: [{ messageId: 'wrongLength' }] },
      { name: 'ES256 with a DER signature', token: jws({ alg: 'ES256' }, {}, der), findings: [{ messageId: 'ecdsaDer', params: { bytes: 71 } }] },
      { name: 'ES256K with a DER signature', token: jws({ alg: 'ES256K' }, {}, der), findings: [{ messageId: 'ecdsaDer', params: { bytes: 71 } }] },
      { name: 'Ed448 with 64 bytes (an Ed25519 size)', token: jws({ alg: 'Ed448' }, {}, sig(64)), findings: [{ messageId: 'wrongLength', params: { expectedBytes: '114' } }] },
      { name: 'ML-DSA-65 with ML-DSA-44’s 2420 bytes', token: jws({ alg: 'ML-DSA-65' }, {}, sig(2420)), findings: [{ messageId: 'wrongLength', params: { bytes: 2420, expectedBytes: '3309' } }] },
      { name: 'ML-DSA-87 with 4626 bytes', token: jws({ alg: 'ML-DSA-87' }, {}, sig(4626)), findings: [{ messageId: 'wrongLength', params: { expectedBytes: '4627' } }] },
      { name: 'Ed25519 with 114 bytes', token: jws({ alg: 'Ed25519' }, {}, sig(114)), findings: [{ messageId: 'wrongLength' }] },
      { name: 'RS256 with more than 2048 bytes', token: jws({ alg: 'RS256' }, {}, sig(2049)), findings: [{ messageId: 'rsaTooLong' }] },
    ],
  },
);
