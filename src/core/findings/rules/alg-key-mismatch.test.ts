import { check, meta } from './alg-key-mismatch';
import { getKeyPair, publicJwk, type KeyPairType } from '../../crypto/test-support/create-key-fixtures';
import { jws, testRule } from '../test-support/rule-tester';

const pem = (type: KeyPairType) => getKeyPair(type).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const jwkText = (type: KeyPairType, extra: Record<string, unknown> = {}) => JSON.stringify(publicJwk(getKeyPair(type), extra));
const token = (alg: string, header: Record<string, unknown> = {}) => jws({ alg, ...header });

testRule(
  { meta, check },
  {
    valid: [
      { name: 'RS256 with an RSA key', token: token('RS256'), keyText: pem('rsa-2048') },
      { name: 'PS512 with an RSA key', token: token('PS512'), keyText: pem('rsa-2048') },
      { name: 'ES256 with a P-256 key', token: token('ES256'), keyText: pem('p-256') },
      { name: 'ES512 with a P-521 key', token: token('ES512'), keyText: pem('p-521') },
      { name: 'ES256K with a secp256k1 key', token: token('ES256K'), keyText: pem('secp256k1') },
      { name: 'EdDSA with an Ed448 key', token: token('EdDSA'), keyText: pem('ed448') },
      { name: 'Ed25519 with an Ed25519 key', token: token('Ed25519'), keyText: pem('ed25519') },
      { name: 'Ed448 with an Ed448 key', token: token('Ed448'), keyText: pem('ed448') },
      { name: 'ML-DSA-44 with an ML-DSA-44 AKP JWK', token: token('ML-DSA-44'), keyText: JSON.stringify({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' }) },
      { name: 'HS256 with a secret', token: token('HS256'), keyText: 'a secret' },
      { name: 'a JWK with use sig, key_ops verify and the same alg', token: token('RS256'), keyText: jwkText('rsa-2048', { use: 'sig', key_ops: ['verify'], alg: 'RS256' }) },
      { name: 'a private JWK whose key_ops say sign', token: token('ES256'), keyText: JSON.stringify({ ...getKeyPair('p-256').privateKey.export({ format: 'jwk' }), key_ops: ['sign'] }) },
      { name: 'a JWKS with one fitting member among others', token: token('ES256'), keyText: JSON.stringify({ keys: [publicJwk(getKeyPair('rsa-2048')), publicJwk(getKeyPair('p-256'))] }) },
      { name: 'a JWKS whose kid is not found (verification says so)', token: token('ES256', { kid: 'nope' }), keyText: JSON.stringify({ keys: [publicJwk(getKeyPair('rsa-2048'), { kid: 'a' })] }) },
      { name: 'no key', token: token('RS256') },
      { name: 'an unknown alg', token: token('XS256'), keyText: pem('rsa-2048') },
    ],
    invalid: [
      {
        name: 'RS256 with an EC key',
        token: token('RS256'),
        keyText: pem('p-256'),
        findings: [{ messageId: 'keyType', params: { keyType: 'ec', curve: 'P-256' }, evidence: [{ part: 'key', term: { kind: 'keyType', code: 'ec' } }] }],
      },
      { name: 'ES256 with a P-384 key', token: token('ES256'), keyText: pem('p-384'), findings: [{ messageId: 'keyType', params: { curve: 'P-384' } }] },
      { name: 'ES256 with a secp256k1 key', token: token('ES256'), keyText: pem('secp256k1'), findings: [{ messageId: 'keyType' }] },
      { name: 'Ed25519 with an Ed448 key', token: token('Ed25519'), keyText: pem('ed448'), findings: [{ messageId: 'keyType', params: { keyType: 'okp' } }] },
      { name: 'Ed448 with an Ed25519 key', token: token('Ed448'), keyText: pem('ed25519'), findings: [{ messageId: 'keyType', params: { keyType: 'okp', curve: 'Ed25519' } }] },
      { name: 'ES256K with a P-256 key', token: token('ES256K'), keyText: pem('p-256'), findings: [{ messageId: 'keyType', params: { keyType: 'ec', curve: 'P-256' } }] },
      { name: 'ML-DSA-65 with an RSA key', token: token('ML-DSA-65'), keyText: pem('rsa-2048'), findings: [{ messageId: 'keyType', params: { keyType: 'rsa' } }] },
      { name: 'ML-DSA-65 with an ML-DSA-44 AKP JWK (no alg of its own given)', token: token('ML-DSA-65'), keyText: JSON.stringify({ kty: 'AKP', alg: 'ML-DSA-44', pub: 'AAAA' }), findings: [{ messageId: 'keyType', params: { keyType: 'other' } }] },
      { name: 'HS256 with an RSA public key (also see alg-confusion)', token: token('HS256'), keyText: pem('rsa-2048'), findings: [{ messageId: 'keyType', params: { keyType: 'rsa' } }] },
      { name: 'RS256 with a secret', token: token('RS256'), keyText: 'just a secret', findings: [{ messageId: 'keyType', params: { keyType: 'oct' } }] },
      { name: 'a JWK with use enc', token: token('RS256'), keyText: jwkText('rsa-2048', { use: 'enc' }), findings: [{ messageId: 'jwkUseEnc' }] },
      { name: 'a JWK whose key_ops lack verify', token: token('RS256'), keyText: jwkText('rsa-2048', { key_ops: ['encrypt'] }), findings: [{ messageId: 'jwkKeyOps', params: { keyOps: 'encrypt' } }] },
      { name: 'a JWK bound to another alg', token: token('RS256'), keyText: jwkText('rsa-2048', { alg: 'PS256' }), findings: [{ messageId: 'jwkAlg', params: { jwkAlg: 'PS256' } }] },
      { name: 'the kid picks a member of the wrong type', token: token('ES256', { kid: 'r' }), keyText: JSON.stringify({ keys: [publicJwk(getKeyPair('rsa-2048'), { kid: 'r' })] }), findings: [{ messageId: 'keyType' }] },
      {
        name: 'no member of a JWKS fits',
        token: token('ES256'),
        keyText: JSON.stringify({ keys: [publicJwk(getKeyPair('rsa-2048')), publicJwk(getKeyPair('p-384'))] }),
        findings: [{ messageId: 'noFittingMember', params: { members: 2 }, evidence: [{ part: 'key', measure: { unit: 'keys', count: 2 } }] }],
      },
    ],
  },
);
