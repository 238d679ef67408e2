import { compactDecrypt, errors, importPKCS8 } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { decryptJwe } from './decrypt-jwe';
import { encryptJwe, getJweKeyPair, randomKey } from './test-support/create-jwe-fixtures';

// What a browser without a curve or cipher does: WebCrypto throws a DOMException named NotSupportedError.
vi.mock('jose', async (importOriginal) => {
  const actual = await importOriginal<typeof import('jose')>();
  return { ...actual, compactDecrypt: vi.fn(actual.compactDecrypt), importPKCS8: vi.fn(actual.importPKCS8) };
});

const notSupported = (): DOMException => new DOMException('Algorithm: Unrecognized name', 'NotSupportedError');

afterEach(() => {
  vi.mocked(compactDecrypt).mockClear();
  vi.mocked(importPKCS8).mockClear();
});

describe('decryptJwe: what the engine lacks is unsupported, never a wrong key', () => {
  it('a key import the engine refuses is key-unsupported', async () => {
    const pair = getJweKeyPair('X25519');
    const token = await encryptJwe('x', { alg: 'ECDH-ES', enc: 'A128GCM' }, pair.publicJwk);
    vi.mocked(importPKCS8).mockRejectedValueOnce(notSupported());
    expect(await decryptJwe(token, pair.pkcs8Pem, { secretEncoding: 'utf8' })).toMatchObject({ status: 'unsupported', reason: 'key-unsupported', params: { alg: 'ECDH-ES' } });
  });

  it.each([
    ['a DOMException NotSupportedError', notSupported()],
    ["jose's ERR_JOSE_NOT_SUPPORTED", new errors.JOSENotSupported('not supported')],
  ])('%s from decryption is decryption-unsupported', async (_name, error) => {
    const key = randomKey(16);
    const token = await encryptJwe('x', { alg: 'A128KW', enc: 'A128GCM' }, key);
    vi.mocked(compactDecrypt).mockRejectedValueOnce(error);
    expect(await decryptJwe(token, encodeBase64Url(key), { secretEncoding: 'base64url' })).toMatchObject({ status: 'unsupported', reason: 'decryption-unsupported', params: { alg: 'A128KW', enc: 'A128GCM' } });
  });

  it('a JWK Set goes on to the next member after one the engine cannot use', async () => {
    const key = randomKey(16);
    const token = await encryptJwe('next', { alg: 'A128KW', enc: 'A128GCM' }, key);
    vi.mocked(compactDecrypt).mockRejectedValueOnce(notSupported());
    const keys = [{ kty: 'oct', k: encodeBase64Url(key) }, { kty: 'oct', k: encodeBase64Url(key) }];
    expect(await decryptJwe(token, JSON.stringify({ keys }), { secretEncoding: 'utf8' })).toMatchObject({ status: 'decrypted', keyUsed: { index: 1 } });
  });
});
