import { describe, expect, it } from 'vitest';
import { signToken, type SignInput } from './sign-token';
import { createAsymmetricKeyForms, getKeyPair } from './test-support/create-key-fixtures';

// Each broken input gives one precise error, with where (field) and the message parameters.

const rsa = createAsymmetricKeyForms(getKeyPair('rsa-2048'), 'RS256', false);
const smallRsa = createAsymmetricKeyForms(getKeyPair('rsa-1024'), 'RS256', false);
const p256 = createAsymmetricKeyForms(getKeyPair('p-256'), 'ES256', false);
const ed448 = createAsymmetricKeyForms(getKeyPair('ed448'), 'EdDSA', false);
const p256PrivateJwk = JSON.parse(p256['private-jwk']?.text ?? '{}') as Record<string, unknown>;
const SECRET = 'a-string-secret-at-least-256-bits-long';

function input(overrides: Partial<SignInput>): SignInput {
  return { headerJson: '{"alg":"HS256","typ":"JWT"}', payloadJson: '{"sub":"1"}', alg: 'HS256', key: SECRET, ...overrides };
}

describe('signToken: precise errors', () => {
  it.each<[string, Partial<SignInput>, object]>([
    ['header: unexpected character', { headerJson: '{"alg":"HS256",}' }, { code: 'json-invalid', field: 'header', params: { part: 'header', problem: 'json-syntax', position: 15, found: '}' } }],
    ['header: ends early', { headerJson: '{"alg":"HS256"' }, { code: 'json-invalid', field: 'header', params: { part: 'header', problem: 'json-unexpected-end', position: 14 } }],
    ['payload: single quotes', { payloadJson: "{\n  'sub': 1\n}" }, { code: 'json-invalid', field: 'payload', params: { part: 'payload', problem: 'json-syntax', position: 4, found: "'" } }],
    ['payload: empty', { payloadJson: '' }, { code: 'json-invalid', field: 'payload', params: { part: 'payload', problem: 'json-unexpected-end', position: 0 } }],
    ['header: an array', { headerJson: '["HS256"]' }, { code: 'header-not-object', field: 'header', params: { found: 'array' } }],
    ['header: no alg', { headerJson: '{"typ":"JWT"}' }, { code: 'header-alg-missing', field: 'header', params: { alg: 'HS256' } }],
    ['header: another alg', { headerJson: '{"alg":"HS384"}' }, { code: 'header-alg-mismatch', field: 'header', params: { alg: 'HS256', headerAlg: 'HS384' } }],
    ['header: alg not a string', { headerJson: '{"alg":256}' }, { code: 'header-alg-mismatch', field: 'header', params: { alg: 'HS256', headerAlg: '256' } }],
    ['header: b64 false', { headerJson: '{"alg":"HS256","b64":false,"crit":["b64"]}' }, { code: 'header-b64-unsupported', field: 'header' }],
    ['header: crit names an absent parameter', { headerJson: '{"alg":"HS256","crit":["exp"]}' }, { code: 'header-crit-invalid', field: 'header' }],
    ['header: crit repeats a name', { headerJson: '{"alg":"HS256","crit":["ext","ext"],"ext":1}' }, { code: 'header-crit-invalid', field: 'header' }],
    ['header: crit lists a registered name', { headerJson: '{"alg":"HS256","crit":["kid"],"kid":"k"}' }, { code: 'header-crit-invalid', field: 'header' }],
    ['alg: unknown', { headerJson: '{"alg":"HS999"}', alg: 'HS999' }, { code: 'alg-unknown', field: 'alg', params: { alg: 'HS999' } }],
    ['key: a secret for ES256K', { headerJson: '{"alg":"ES256K"}', alg: 'ES256K' }, { code: 'key-alg-mismatch', field: 'key', params: { alg: 'ES256K', keyType: 'oct' } }],
    ['alg: none without confirmation', { headerJson: '{"alg":"none"}', alg: 'none' }, { code: 'none-not-confirmed', field: 'alg' }],
    ['key: empty', { key: '  \n' }, { code: 'key-missing', field: 'key', params: { alg: 'HS256' } }],
    ['key: PEM with a broken END line', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: '-----BEGIN PRIVATE KEY-----\nMIIB\n' }, { code: 'key-unreadable', field: 'key', keyError: { code: 'pem-missing-end', label: 'PRIVATE KEY', line: 1 } }],
    ['key: PEM body not DER', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' }, { code: 'key-unreadable', field: 'key', keyError: { code: 'der-invalid' } }],
    ['key: JWK with a JSON error', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: '{"kty":"EC","d":"x",}' }, { code: 'key-unreadable', field: 'key', keyError: { code: 'json-syntax', position: 20 } }],
    ['key: JWK missing a member', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: '{"kty":"EC","crv":"P-256","d":"AA"}' }, { code: 'key-unreadable', field: 'key', keyError: { code: 'jwk-missing-member', member: 'x' } }],
    ['key: hex secret with a bad digit', { key: 'abzz', secretEncoding: 'hex' }, { code: 'key-unreadable', field: 'key', keyError: { code: 'secret-bad-hex', position: 2, character: 'z' } }],
    ['key: a public PEM', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: rsa['pem-spki']?.text ?? '' }, { code: 'key-public', field: 'key', params: { alg: 'RS256', format: 'pem-spki' } }],
    ['key: a public JWK', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: rsa.jwk?.text ?? '' }, { code: 'key-public', field: 'key', params: { format: 'jwk' } }],
    ['key: a JWKS', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: rsa.jwks?.text ?? '' }, { code: 'key-public', field: 'key', params: { format: 'jwks' } }],
    ['key: RSA private key for ES256', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: rsa.pkcs8?.text ?? '' }, { code: 'key-alg-mismatch', field: 'key', params: { alg: 'ES256', keyType: 'rsa' } }],
    ['key: P-256 key for ES384', { alg: 'ES384', headerJson: '{"alg":"ES384"}', key: p256.sec1?.text ?? '' }, { code: 'key-alg-mismatch', field: 'key', params: { alg: 'ES384', keyType: 'ec', curve: 'P-256' } }],
    ['key: EC key for HS256', { key: p256.pkcs8?.text ?? '' }, { code: 'key-alg-mismatch', field: 'key', params: { alg: 'HS256', keyType: 'ec' } }],
    ['key: a secret for RS256', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: SECRET }, { code: 'key-alg-mismatch', field: 'key', params: { alg: 'RS256', keyType: 'oct' } }],
    ['key: RSA 1024', { alg: 'RS256', headerJson: '{"alg":"RS256"}', key: smallRsa['pkcs1-private']?.text ?? '' }, { code: 'rsa-key-too-small', field: 'key', params: { bits: 1024, minBits: 2048 } }],
    ['key: Ed448 for Ed25519', { alg: 'Ed25519', headerJson: '{"alg":"Ed25519"}', key: ed448.pkcs8?.text ?? '' }, { code: 'key-alg-mismatch', field: 'key', params: { keyType: 'okp', curve: 'Ed448' } }],
    ['key: JWK for encryption', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: JSON.stringify({ ...p256PrivateJwk, use: 'enc' }) }, { code: 'jwk-use-mismatch', field: 'key', params: { use: 'enc' } }],
    ['key: JWK key_ops without sign', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: JSON.stringify({ ...p256PrivateJwk, key_ops: ['verify'] }) }, { code: 'jwk-key-ops-mismatch', field: 'key', params: { keyOps: ['verify'] } }],
    ['key: JWK for another alg', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: JSON.stringify({ ...p256PrivateJwk, alg: 'ES384' }) }, { code: 'jwk-alg-mismatch', field: 'key', params: { alg: 'ES256', jwkAlg: 'ES384' } }],
    ['key: JWK numbers WebCrypto refuses', { alg: 'ES256', headerJson: '{"alg":"ES256"}', key: JSON.stringify({ ...p256PrivateJwk, d: 'AAAA' }) }, { code: 'key-import-failed', field: 'key' }],
  ])('%s', async (_name, overrides, expected) => {
    const result = await signToken(input(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(expected);
  });

  it('a JSON error is reported before a key error', async () => {
    const result = await signToken(input({ payloadJson: '{', key: '' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'json-invalid', field: 'payload' } });
  });
});

describe('signToken: tokens made with warnings', () => {
  it('an HMAC secret shorter than the hash is allowed, with a warning', async () => {
    const result = await signToken(input({ key: 'short' }));
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'hmac-secret-short', params: { bytes: 5, minBytes: 32 } }] });
    const long = await signToken(input({ headerJson: '{"alg":"HS512"}', alg: 'HS512', key: SECRET }));
    expect(long).toMatchObject({ ok: true, warnings: [{ code: 'hmac-secret-short', params: { bytes: SECRET.length, minBytes: 64 } }] });
  });

  it('an unsigned token needs the explicit confirmation, then has an empty signature and says so', async () => {
    const result = await signToken(input({ headerJson: '{"alg":"none","typ":"JWT"}', alg: 'none', key: '', allowNone: true }));
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'unsigned' }] });
    if (result.ok) {
      const [header, payload, signature] = result.token.split('.');
      expect(Buffer.from(header ?? '', 'base64url').toString()).toBe('{"alg":"none","typ":"JWT"}');
      expect(Buffer.from(payload ?? '', 'base64url').toString()).toBe('{"sub":"1"}');
      expect(signature).toBe('');
    }
  });

  it('keeps the payload as typed: number forms, escapes and repeated names survive', async () => {
    const payloadJson = '{ "n": 1.50, "big": 123456789012345678901234567890, "e": "\\u00e9\\n", "a": 1, "a": 2 }';
    const result = await signToken(input({ payloadJson }));
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'duplicate-member', params: { part: 'payload', name: 'a' } }] });
    if (result.ok) {
      expect(Buffer.from(result.token.split('.')[1] ?? '', 'base64url').toString()).toBe('{"n":1.50,"big":123456789012345678901234567890,"e":"\\u00e9\\n","a":1,"a":2}');
    }
  });

  it('says when the header cannot be signed exactly as typed (jose writes it with JSON.stringify)', async () => {
    const result = await signToken(input({ headerJson: '{"alg":"HS256","x":1.0,"alg":"HS256"}' }));
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ code: 'header-reserialised' }, { code: 'duplicate-member', params: { part: 'header', name: 'alg' } }],
    });
    const plain = await signToken(input({ headerJson: '{\n  "alg": "HS256",\n  "typ": "JWT"\n}' }));
    expect(plain).toMatchObject({ ok: true, warnings: [] });
    if (plain.ok) expect(Buffer.from(plain.token.split('.')[0] ?? '', 'base64url').toString()).toBe('{"alg":"HS256","typ":"JWT"}');
  });

  it('a payload that is JSON but not an object is signed, with a warning', async () => {
    expect(await signToken(input({ payloadJson: '"just text"' }))).toMatchObject({ ok: true, warnings: [{ code: 'payload-not-object', params: { found: 'string' } }] });
  });

  it('a crit extension the user defines is signed (the encoder makes test tokens)', async () => {
    const result = await signToken(input({ headerJson: '{"alg":"HS256","crit":["exp"],"exp":1}' }));
    expect(result.ok).toBe(true);
  });

  it('a secret with surrounding whitespace is used as typed, with the key note', async () => {
    const result = await signToken(input({ key: ` ${SECRET} ` }));
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'key-note', params: { note: 'secret-surrounding-whitespace' } }] });
  });
});
