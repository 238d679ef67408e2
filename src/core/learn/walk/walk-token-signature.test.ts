import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../inspect-token';
import {
  createAsymmetricKeyForms,
  createSecretForms,
  getKeyPair,
  signToken,
  tamperSignature,
  type KeyPairType,
} from '../../crypto/test-support/create-key-fixtures';
import type { SignatureWalkError } from '../signature-walk';
import { walkTokenSignature } from './walk-token-signature';

const ASYMMETRIC: { alg: string; pair: KeyPairType }[] = [
  { alg: 'RS256', pair: 'rsa-2048' },
  { alg: 'PS384', pair: 'rsa-2048' },
  { alg: 'ES256', pair: 'p-256' },
  { alg: 'ES512', pair: 'p-521' },
  { alg: 'EdDSA', pair: 'ed25519' },
];

describe('walkTokenSignature reads every key format the decoder accepts', () => {
  for (const { alg, pair: type } of ASYMMETRIC) {
    const pair = getKeyPair(type);
    const token = signToken(alg, pair.privateKey, { header: { kid: 'fixture-key' } });
    const forms = Object.entries(createAsymmetricKeyForms(pair, alg, alg === 'ES256'));
    for (const [format, key] of forms) {
      it(`${alg} with a ${format} key: matches, and a flipped signature bit does not`, () => {
        const walk = walkTokenSignature(inspectToken(token), key.text, 'utf8');
        expect(walk.ok ? walk.match : walk.error).toBe(true);
        const tampered = walkTokenSignature(inspectToken(tamperSignature(token)), key.text, 'utf8');
        expect(tampered.ok ? tampered.match : tampered.error).toBe(false);
      });
    }
  }

  const secret = new Uint8Array([0x00, 0xff, 0x10, 0x80, ...new TextEncoder().encode('a secret of some length')]);
  for (const [format, key] of Object.entries(createSecretForms(secret, 'plain text secret'))) {
    it(`HS384 with a ${format} secret: matches`, () => {
      const bytes = format === 'secret-utf8' ? new TextEncoder().encode(key.text) : secret;
      const walk = walkTokenSignature(inspectToken(signToken('HS384', bytes)), key.text, key.secretEncoding ?? 'utf8');
      expect(walk.ok ? walk.match : walk.error).toBe(true);
    });
  }
});

describe('walkTokenSignature says why it cannot walk', () => {
  const rsa = getKeyPair('rsa-2048');
  const rsaPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hsToken = signToken('HS256', new TextEncoder().encode('secret'));
  const rsToken = signToken('RS256', rsa.privateKey);
  const jwe = 'eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVy.dGFn';
  const none = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
  const edToken = signToken('EdDSA', getKeyPair('ed25519').privateKey);
  const x25519Pem = generateKeyPairSync('x25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const dsaPem = generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const cases: { name: string; token: string; key: string; error: SignatureWalkError }[] = [
    { name: 'an empty input', token: '', key: 'secret', error: { code: 'not-jws' } },
    { name: 'a malformed token', token: 'abc.def', key: 'secret', error: { code: 'not-jws' } },
    { name: 'a JWE', token: jwe, key: 'secret', error: { code: 'unsupported-alg', alg: 'RSA-OAEP' } },
    { name: 'alg none', token: none, key: 'secret', error: { code: 'unsupported-alg', alg: 'none' } },
    { name: 'no key', token: hsToken, key: '', error: { code: 'key-needed', family: 'hmac' } },
    { name: 'a public key for HS256', token: hsToken, key: rsaPem, error: { code: 'key-mismatch', family: 'hmac', keyKind: 'rsa' } },
    { name: 'a secret for RS256', token: rsToken, key: 'secret', error: { code: 'key-mismatch', family: 'rsa-pkcs1', keyKind: 'secret' } },
    { name: 'an X25519 key for EdDSA', token: edToken, key: x25519Pem, error: { code: 'key-mismatch', family: 'eddsa', keyKind: 'okp', curve: 'X25519' } },
    { name: 'a DSA key, which no JWS algorithm uses', token: rsToken, key: dsaPem, error: { code: 'key-mismatch', family: 'rsa-pkcs1', keyKind: 'other' } },
    { name: 'a broken PEM', token: rsToken, key: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', error: { code: 'key-unreadable', detail: 'der-invalid' } },
    {
      name: 'a JWK Set without the kid',
      token: signToken('RS256', rsa.privateKey, { header: { kid: 'absent' } }),
      key: JSON.stringify({ keys: [{ ...rsa.publicKey.export({ format: 'jwk' }), kid: 'other' }] }),
      error: { code: 'jwks-no-match', kid: 'absent' },
    },
    { name: 'a signature that is not base64url', token: `${hsToken.slice(0, hsToken.lastIndexOf('.'))}.a*b`, key: 'secret', error: { code: 'signature-unreadable' } },
  ];
  for (const { name, token, key, error } of cases) {
    it(name, () => {
      expect(walkTokenSignature(inspectToken(token), key, 'utf8')).toEqual({ ok: false, error });
    });
  }

  it('an unreadable secret encoding names the key error', () => {
    expect(walkTokenSignature(inspectToken(hsToken), 'zz', 'hex')).toEqual({ ok: false, error: { code: 'key-unreadable', detail: 'secret-bad-hex' } });
  });
});
