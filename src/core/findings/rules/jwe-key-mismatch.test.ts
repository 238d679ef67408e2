import { generateKeyPairSync } from 'node:crypto';
import { check, meta } from './jwe-key-mismatch';
import { getKeyPair, type KeyPairType } from '../../crypto/test-support/create-key-fixtures';
import { b64u, jwe, testRule } from '../test-support/rule-tester';

const privatePem = (type: KeyPairType) => getKeyPair(type).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const privateJwk = (type: KeyPairType, extra: Record<string, unknown> = {}) => JSON.stringify({ ...getKeyPair(type).privateKey.export({ format: 'jwk' }), ...extra });
const x25519Pem = generateKeyPairSync('x25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const octJwk = (bytes: number, extra: Record<string, unknown> = {}) => JSON.stringify({ kty: 'oct', k: b64u(new Uint8Array(bytes).fill(7)), ...extra });
const epk = (crv: string) => ({ kty: 'EC', crv, x: 'AAAA', y: 'AAAA' });
const token = (alg: string, enc: string, header: Record<string, unknown> = {}) => jwe({ alg, enc, ...header });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'RSA-OAEP-256 with an RSA private key', token: token('RSA-OAEP-256', 'A256GCM'), keyText: privatePem('rsa-2048') },
      { name: 'ECDH-ES+A256KW with a key on the epk curve', token: token('ECDH-ES+A256KW', 'A256GCM', { epk: epk('P-256') }), keyText: privateJwk('p-256') },
      { name: 'ECDH-ES with an X25519 key and an X25519 epk', token: token('ECDH-ES', 'A128GCM', { epk: { kty: 'OKP', crv: 'X25519', x: 'AAAA' } }), keyText: x25519Pem },
      { name: 'dir A256GCM with a 32-byte base64url secret', token: token('dir', 'A256GCM'), keyText: b64u(new Uint8Array(32).fill(1)), secretEncoding: 'base64url' },
      { name: 'dir A128CBC-HS256 with a 32-byte oct JWK bound to the enc', token: token('dir', 'A128CBC-HS256'), keyText: octJwk(32, { alg: 'A128CBC-HS256', use: 'enc' }) },
      { name: 'A128KW with a 16-byte key whose key_ops say unwrapKey', token: token('A128KW', 'A256GCM'), keyText: octJwk(16, { key_ops: ['unwrapKey'] }) },
      { name: 'PBES2 with a password of any length', token: token('PBES2-HS256+A128KW', 'A128GCM', { p2c: 4096, p2s: 'AAAAAAAAAAA' }), keyText: 'a password' },
      { name: 'a dir key that is too short (jwe-dir-short-key says so)', token: token('dir', 'A256GCM'), keyText: 'short' },
      { name: 'an RSA public key (the decryption asks for the private one)', token: token('RSA-OAEP', 'A256GCM'), keyText: getKeyPair('rsa-2048').publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      { name: 'a JWKS with one fitting member', token: token('A256KW', 'A256GCM'), keyText: JSON.stringify({ keys: [JSON.parse(octJwk(16)), JSON.parse(octJwk(32))] }) },
      { name: 'a JWKS whose kid is not found (the decryption says so)', token: token('A256KW', 'A256GCM', { kid: 'x' }), keyText: JSON.stringify({ keys: [JSON.parse(octJwk(16, { kid: 'a' }))] }) },
      { name: 'no key', token: token('RSA-OAEP', 'A256GCM') },
      { name: 'an unknown alg', token: token('RSA-OAEP-999', 'A256GCM'), keyText: 'secret' },
      { name: 'an unknown enc', token: token('dir', 'A512GCM'), keyText: 'secret' },
      { name: 'a JWS', token: `${b64u(JSON.stringify({ alg: 'HS256' }))}.${b64u('{}')}.c2ln`, keyText: privatePem('rsa-2048') },
    ],
    invalid: [
      {
        name: 'a symmetric secret given to RSA-OAEP',
        token: token('RSA-OAEP', 'A256GCM'),
        keyText: 'just a secret',
        findings: [{ messageId: 'keyType', params: { alg: 'RSA-OAEP', keyType: 'oct', withCurve: 'no' }, evidence: [{ part: 'key', term: { kind: 'keyType', code: 'oct' } }] }],
      },
      { name: 'an EC key given to RSA-OAEP-256', token: token('RSA-OAEP-256', 'A128GCM'), keyText: privatePem('p-256'), findings: [{ messageId: 'keyType', params: { keyType: 'ec', curve: 'P-256', withCurve: 'yes' } }] },
      { name: 'an RSA key given to dir', token: token('dir', 'A256GCM'), keyText: privatePem('rsa-2048'), findings: [{ messageId: 'keyType', params: { keyType: 'rsa' } }] },
      { name: 'an RSA key given to ECDH-ES', token: token('ECDH-ES', 'A256GCM', { epk: epk('P-256') }), keyText: privateJwk('rsa-2048'), findings: [{ messageId: 'keyType', params: { keyType: 'rsa' } }] },
      {
        name: 'a dir key longer than enc needs',
        token: token('dir', 'A128GCM'),
        keyText: octJwk(32),
        findings: [{ messageId: 'keyLength', params: { alg: 'dir', enc: 'A128GCM', bytes: 32, expectedBytes: 16, isDir: 'yes' }, evidence: [{ part: 'key', measure: { unit: 'bytes', count: 32 } }] }],
      },
      { name: 'an A256KW key of 16 bytes', token: token('A256KW', 'A128GCM'), keyText: octJwk(16), findings: [{ messageId: 'keyLength', params: { bytes: 16, expectedBytes: 32, isDir: 'no' } }] },
      { name: 'an A128GCMKW key of 24 bytes', token: token('A128GCMKW', 'A128GCM', { iv: 'AAAA', tag: 'AAAA' }), keyText: octJwk(24), findings: [{ messageId: 'keyLength', params: { bytes: 24, expectedBytes: 16 } }] },
      {
        name: 'a P-384 key for a P-256 epk',
        token: token('ECDH-ES+A128KW', 'A128GCM', { epk: epk('P-256') }),
        keyText: privatePem('p-384'),
        findings: [{ messageId: 'curve', params: { curve: 'P-384', epkCurve: 'P-256' }, evidence: [{ part: 'header', pointer: '/epk/crv', value: 'P-256' }] }],
      },
      { name: 'a JWK whose use is sig', token: token('RSA-OAEP', 'A256GCM'), keyText: privateJwk('rsa-2048', { use: 'sig' }), findings: [{ messageId: 'jwkUse', params: { use: 'sig' }, pointer: '/use' }] },
      { name: 'a JWK whose key_ops lack unwrapKey', token: token('A128KW', 'A128GCM'), keyText: octJwk(16, { key_ops: ['sign'] }), findings: [{ messageId: 'jwkKeyOps', params: { keyOps: 'sign', operation: 'unwrapKey' } }] },
      { name: 'an RSA-OAEP JWK offered to RSA1_5', token: token('RSA1_5', 'A128CBC-HS256'), keyText: privateJwk('rsa-2048', { alg: 'RSA-OAEP' }), findings: [{ messageId: 'jwkAlg', params: { alg: 'RSA1_5', jwkAlg: 'RSA-OAEP' } }] },
      { name: 'a JWK bound to another alg', token: token('RSA-OAEP-256', 'A256GCM'), keyText: privateJwk('rsa-2048', { alg: 'RSA-OAEP' }), findings: [{ messageId: 'jwkAlg', params: { alg: 'RSA-OAEP-256', jwkAlg: 'RSA-OAEP' } }] },
      { name: 'a dir JWK bound to another enc', token: token('dir', 'A128GCM'), keyText: octJwk(16, { alg: 'A256GCM' }), findings: [{ messageId: 'jwkAlg', params: { alg: 'A128GCM', jwkAlg: 'A256GCM' } }] },
      { name: 'the kid picks a member of the wrong type', token: token('A128KW', 'A128GCM', { kid: 'r' }), keyText: JSON.stringify({ keys: [JSON.parse(privateJwk('rsa-2048', { kid: 'r' })), JSON.parse(octJwk(16))] }), findings: [{ messageId: 'keyType' }] },
      {
        name: 'no member of a JWKS fits',
        token: token('A128KW', 'A128GCM'),
        keyText: JSON.stringify({ keys: [JSON.parse(octJwk(32)), JSON.parse(privateJwk('p-256'))] }),
        findings: [{ messageId: 'noFittingMember', params: { alg: 'A128KW', members: 2 }, evidence: [{ part: 'key', measure: { unit: 'keys', count: 2 } }] }],
      },
    ],
  },
);
