import { check, meta } from './ecdsa-zero-signature';
import { PRIME_CURVES } from '../elliptic-curves';
import { b64u, jws, testRule } from '../test-support/rule-tester';

const bigToBytes = (value: bigint, size: number) => Uint8Array.from({ length: size }, (_, i) => Number((value >> BigInt(8 * (size - 1 - i))) & 0xffn));
const pair = (r: bigint, s: bigint, size: number) => b64u(Uint8Array.from([...bigToBytes(r, size), ...bigToBytes(s, size)]));
const n256 = PRIME_CURVES.get('P-256')?.n ?? 0n;

testRule(
  { meta, check },
  {
    valid: [
      { name: 'ES256 with an ordinary signature', token: jws({ alg: 'ES256' }, {}, pair(12345n, 67890n, 32)) },
      { name: 'ES256 with r = s = n − 1', token: jws({ alg: 'ES256' }, {}, pair(n256 - 1n, n256 - 1n, 32)) },
      { name: 'HS256 with 64 zero bytes is not ECDSA', token: jws({ alg: 'HS512' }, {}, 'A'.repeat(86)) },
      { name: 'ES256 with a DER-length signature is left to signature-length-mismatch', token: jws({ alg: 'ES256' }, {}, 'A'.repeat(94)) },
    ],
    invalid: [
      { name: 'ES256 all-zero (catalog §3: "A" × 86)', token: `eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZG1pbiJ9.${'A'.repeat(86)}`, findings: [{ messageId: 'zero', params: { alg: 'ES256' } }] },
      { name: 'ES384 all-zero ("A" × 128)', token: jws({ alg: 'ES384' }, {}, 'A'.repeat(128)), findings: [{ messageId: 'zero' }] },
      { name: 'ES512 all-zero ("A" × 176)', token: jws({ alg: 'ES512' }, {}, 'A'.repeat(176)), findings: [{ messageId: 'zero' }] },
      { name: 'ES256K all-zero', token: jws({ alg: 'ES256K' }, {}, 'A'.repeat(86)), findings: [{ messageId: 'zero' }] },
      { name: 'ES256 with r = n (mod-n variant)', token: jws({ alg: 'ES256' }, {}, pair(n256, 5n, 32)), findings: [{ messageId: 'outOfRange', params: { component: 'r' } }] },
      { name: 'ES256 with s = 0', token: jws({ alg: 'ES256' }, {}, pair(5n, 0n, 32)), findings: [{ messageId: 'outOfRange', params: { component: 's' } }] },
      { name: 'ES256 with r and s all ones', token: jws({ alg: 'ES256' }, {}, '_'.repeat(86)), findings: [{ messageId: 'outOfRange', params: { component: 'both' } }] },
    ],
  },
);
