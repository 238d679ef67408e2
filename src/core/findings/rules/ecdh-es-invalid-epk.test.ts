import { check, meta } from './ecdh-es-invalid-epk';
import { getKeyPair, publicJwk } from '../../crypto/test-support/create-key-fixtures';
import { generateKeyPairSync } from 'node:crypto';
import { b64u, jwe, testRule } from '../test-support/rule-tester';

const ecdh = (epk: unknown, alg = 'ECDH-ES') => jwe({ alg, enc: 'A256GCM', epk });
const epkOf = (type: 'p-256' | 'p-384' | 'p-521') => publicJwk(getKeyPair(type)) as { kty: string; crv: string; x: string; y: string };
const x25519 = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' });
const x448 = generateKeyPairSync('x448').publicKey.export({ format: 'jwk' });
const hex = (value: string) => b64u(Uint8Array.from(Buffer.from(value, 'hex')));
const p256 = epkOf('p-256');
const flipped = (() => {
  const y = Buffer.from(p256.y, 'base64url');
  y[31] = (y[31] ?? 0) ^ 1;
  return { ...p256, y: y.toString('base64url') };
})();

testRule(
  { meta, check },
  {
    valid: [
      { name: 'a real P-256 ephemeral key', token: ecdh(p256) },
      { name: 'a real P-384 ephemeral key, ECDH-ES+A192KW', token: ecdh(epkOf('p-384'), 'ECDH-ES+A192KW') },
      { name: 'a real P-521 ephemeral key', token: ecdh(epkOf('p-521')) },
      { name: 'a real X25519 ephemeral key', token: ecdh(x25519) },
      { name: 'a real X448 ephemeral key', token: ecdh(x448) },
      { name: 'not ECDH-ES', token: jwe({ alg: 'RSA-OAEP', enc: 'A256GCM' }) },
    ],
    invalid: [
      { name: 'no epk', token: jwe({ alg: 'ECDH-ES', enc: 'A256GCM' }), findings: [{ messageId: 'missing' }] },
      { name: 'epk is a string', token: ecdh('x'), findings: [{ messageId: 'missing' }] },
      { name: 'a point off the curve (invalid-curve attack)', token: ecdh(flipped), findings: [{ messageId: 'offCurve', params: { crv: 'P-256' }, severity: 'critical' }] },
      { name: 'the point (0, 0)', token: ecdh({ kty: 'EC', crv: 'P-256', x: b64u(new Uint8Array(32)), y: b64u(new Uint8Array(32)) }), findings: [{ messageId: 'offCurve' }] },
      { name: 'coordinates of the wrong length', token: ecdh({ ...p256, x: b64u(new Uint8Array(31)) }), findings: [{ messageId: 'wrongLength', params: { bytes: 32 } }] },
      { name: 'X25519 u = 0', token: ecdh({ kty: 'OKP', crv: 'X25519', x: b64u(new Uint8Array(32)) }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'X25519 u = 1', token: ecdh({ kty: 'OKP', crv: 'X25519', x: hex(`01${'00'.repeat(31)}`) }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'X25519 order-8 point', token: ecdh({ kty: 'OKP', crv: 'X25519', x: hex('e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800') }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'X25519 u = p − 1', token: ecdh({ kty: 'OKP', crv: 'X25519', x: hex(`ec${'ff'.repeat(30)}7f`) }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'X25519 u = p + 1 (non-canonical)', token: ecdh({ kty: 'OKP', crv: 'X25519', x: hex(`ee${'ff'.repeat(30)}7f`) }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'X25519 of 31 bytes', token: ecdh({ kty: 'OKP', crv: 'X25519', x: b64u(new Uint8Array(31).fill(9)) }), findings: [{ messageId: 'wrongLength', params: { bytes: 32 } }] },
      { name: 'X448 u = 0', token: ecdh({ kty: 'OKP', crv: 'X448', x: b64u(new Uint8Array(56)) }), findings: [{ messageId: 'smallOrder' }] },
      { name: 'epk with its private part', token: ecdh({ ...p256, d: 'AAAA' }), findings: [{ messageId: 'privatePart' }] },
    ],
  },
);
