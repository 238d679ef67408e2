import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectKeyFormat } from '../keys/detect-key-format';
import { mapImportError, mapVerifyError } from './map-jose-error';
import { getKeyPair, signToken } from './test-support/create-key-fixtures';
import type { VerifyStatus } from './verification-result';
import { verifySignature } from './verify-signature';

const rsa = getKeyPair('rsa-2048');
const rs256 = signToken('RS256', rsa.privateKey);
const hs256 = signToken('HS256', new TextEncoder().encode('secret'));
const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const STATUSES: VerifyStatus[] = ['no-key', 'valid', 'invalid', 'error', 'unsupported'];

function randomText(length: number): string {
  const bytes = randomBytes(length);
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(0x20 + (byte % 0x5f));
  return text;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; milliseconds: number }> {
  const start = performance.now();
  const value = await run();
  return { value, milliseconds: performance.now() - start };
}

describe('garbage key input gives a precise error, never a throw or a hang', () => {
  it('5 MB of random text is refused unread', async () => {
    const key = randomText(5 * 1024 * 1024);
    const { value, milliseconds } = await timed(() => verifySignature({ token: rs256, key }));
    expect(value).toMatchObject({ status: 'error', reason: 'key-too-large', params: { length: key.length, maxLength: 1_048_576 } });
    expect(milliseconds).toBeLessThan(1000);
  });

  it('5 MB that starts like a PEM or a JWK is refused unread too', async () => {
    for (const prefix of ['-----BEGIN PUBLIC KEY-----\n', '{"kty":"RSA","n":"']) {
      const key = prefix + 'A'.repeat(5 * 1024 * 1024);
      const { value, milliseconds } = await timed(() => verifySignature({ token: rs256, key }));
      expect(value).toMatchObject({ status: 'error', reason: 'key-too-large' });
      expect(milliseconds).toBeLessThan(1000);
    }
  });

  it('a large random secret under the limit is a secret: refused for RS256, a mismatch for HS256', async () => {
    const key = randomText(900_000);
    expect(await verifySignature({ token: rs256, key })).toMatchObject({ status: 'invalid', reason: 'key-alg-mismatch' });
    expect(await verifySignature({ token: hs256, key })).toMatchObject({ status: 'invalid', reason: 'signature-mismatch' });
  });

  it('a large PEM body of garbage reports where the base64 breaks', async () => {
    const body = 'QUJD'.repeat(100_000) + '%' + 'QUJD'.repeat(10);
    const key = `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`;
    const { value, milliseconds } = await timed(() => verifySignature({ token: rs256, key }));
    expect(value).toMatchObject({ status: 'error', reason: 'pem-bad-base64', params: { position: 400_001, line: 2, column: 400_001, character: '%' } });
    expect(milliseconds).toBeLessThan(1000);
  });

  it.each([
    ['a PEM cut in the middle', spki.slice(0, 200), 'pem-missing-end', { label: 'PUBLIC KEY' }],
    ['a PEM with a bad character', spki.replace(/\n(.{10})/, '\n$1*'), 'pem-bad-base64', { line: 2, column: 11, position: 11, character: '*' }],
    ['mismatched BEGIN/END labels', spki.replace('-----END PUBLIC KEY-----', '-----END RSA PUBLIC KEY-----'), 'pem-label-mismatch', { begin: 'PUBLIC KEY', end: 'RSA PUBLIC KEY' }],
    ['broken BEGIN armour', '-----BEGIN PUBLIC KEY\nMIIB\n-----END PUBLIC KEY-----', 'pem-bad-armour', { line: 1, column: 1 }],
    ['an empty PEM body', '-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----', 'pem-empty-body', { label: 'PUBLIC KEY' }],
    ['a truncated DER', spki.replace(/\n[^\n]+\n-----END/, '\n-----END'), 'der-invalid', { structure: 'spki', problem: 'der-truncated' }],
    ['an encrypted private key', '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----', 'pem-unsupported-label', { label: 'ENCRYPTED PRIVATE KEY' }],
    [
      'a legacy encrypted RSA key',
      '-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nMIIB\n-----END RSA PRIVATE KEY-----',
      'pem-encrypted',
      { label: 'RSA PRIVATE KEY' },
    ],
    ['a certificate label over a public key', spki.replace(/PUBLIC KEY/g, 'CERTIFICATE'), 'der-invalid', { structure: 'certificate' }],
    ['JSON nested 10,000 arrays deep', `{"keys":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'json-too-deep', { maxDepth: 16 }],
    ['a bare array nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'json-too-deep', { maxDepth: 16 }],
    ['a truncated JWK', '{"kty":"RSA","n":"AQAB', 'json-unexpected-end', { position: 22 }],
    ['a JWK with a syntax error', '{"kty":"RSA",,"n":"AQAB"}', 'json-syntax', { position: 13, found: ',' }],
    ['a JWK missing n', '{"kty":"RSA","e":"AQAB"}', 'jwk-missing-member', { member: 'n' }],
    ['a JWK missing kty', '{"kty_":"RSA","kty":null}', 'jwk-member-type', { member: 'kty', expected: 'string' }],
    ['a JWK with a non-base64url x', '{"kty":"EC","crv":"P-256","x":"a b","y":"AA"}', 'jwk-member-not-base64url', { member: 'x', position: 1 }],
    ['a JSON object that is no key', '{"hello":"world"}', 'key-not-recognised', {}],
    ['a JWKS whose keys is not an array', '{"keys":{}}', 'jwks-keys-not-array', {}],
  ])('%s', async (_name, key, reason, params) => {
    const result = await verifySignature({ token: rs256, key });
    expect(result).toMatchObject({ status: 'error', reason, params });
  });

  it.each([
    ['base64url', 'abc*def', 'secret-bad-base64', { position: 3, character: '*' }],
    ['base64', 'abcde', 'secret-bad-base64-length', { length: 5 }],
    ['hex', '0x12zz', 'secret-bad-hex', { position: 4, character: 'z' }],
    ['hex', 'abc', 'secret-odd-hex-length', { length: 3 }],
  ] as const)('a secret that is not %s: %j', async (encoding, key, reason, params) => {
    expect(await verifySignature({ token: hs256, key }, { secretEncoding: encoding })).toMatchObject({ status: 'error', reason, params });
  });

  it('any string as key: settles with a known status, and detectKeyFormat never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: 'binary' }), async (key) => {
        detectKeyFormat(key);
        const result = await verifySignature({ token: rs256, key });
        expect(STATUSES).toContain(result.status);
        expect(result.status).not.toBe('valid');
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes in PEM armour or as JWK members: settles, never valid', async () => {
    const labels = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...labels), fc.uint8Array({ maxLength: 600 }), async (label, bytes) => {
        const body = Buffer.from(bytes).toString('base64');
        const result = await verifySignature({ token: rs256, key: `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----` });
        expect(['error', 'invalid', 'unsupported']).toContain(result.status);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('RSA', 'EC', 'OKP', 'oct'), fc.dictionary(fc.constantFrom('n', 'e', 'x', 'y', 'crv', 'k', 'd'), fc.string()), async (kty, members) => {
        const result = await verifySignature({ token: rs256, key: JSON.stringify({ kty, ...members }) });
        expect(['error', 'invalid', 'unsupported']).toContain(result.status);
      }),
      { numRuns: 200 },
    );
  });

  it('any token with a good key: settles, and valid only for the genuine token', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (token) => {
        const result = await verifySignature({ token, key: spki });
        expect(STATUSES).toContain(result.status);
        if (result.status === 'valid') expect(token.trim()).toBe(rs256);
      }),
      { numRuns: 300 },
    );
  });
});

describe('jose and WebCrypto errors map by code and name, never by message', () => {
  const notSupported = new DOMException('whatever the engine says', 'NotSupportedError');
  it.each([
    [{ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' }, 'invalid', 'signature-mismatch'],
    [{ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', cause: notSupported }, 'unsupported', 'alg-unsupported'],
    [{ code: 'ERR_JOSE_NOT_SUPPORTED' }, 'unsupported', 'alg-unsupported'],
    [{ code: 'ERR_JOSE_ALG_NOT_ALLOWED' }, 'invalid', 'alg-not-allowed'],
    [{ code: 'ERR_JWS_INVALID' }, 'invalid', 'token-invalid'],
    [notSupported, 'unsupported', 'alg-unsupported'],
    [new TypeError('signature verification failed'), 'error', 'verification-failed'],
    ['a string', 'error', 'verification-failed'],
  ])('verify: %o', (error, status, reason) => {
    expect(mapVerifyError(error, 'ES256')).toMatchObject({ status, reason, params: { alg: 'ES256' }, cause: error });
  });

  it.each([
    [notSupported, 'unsupported', 'key-unsupported'],
    [{ code: 'ERR_JOSE_NOT_SUPPORTED' }, 'unsupported', 'key-unsupported'],
    [new DOMException('', 'DataError'), 'error', 'key-import-failed'],
    [new TypeError('x'), 'error', 'key-import-failed'],
  ])('import: %o', (error, status, reason) => {
    expect(mapImportError(error, 'ES256')).toMatchObject({ status, reason });
  });

  it('an EC point that is not on the curve cannot be imported: error, not invalid', async () => {
    const p256 = getKeyPair('p-256');
    const jwk = { ...p256.publicKey.export({ format: 'jwk' }) };
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    y[31] = (y[31] ?? 0) ^ 1;
    const result = await verifySignature({ token: signToken('ES256', p256.privateKey), key: JSON.stringify({ ...jwk, y: y.toString('base64url') }) });
    expect(result).toMatchObject({ status: 'error', reason: 'key-import-failed' });
  });
});
