import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { decryptJwe, MAX_INFLATED_BYTES } from './decrypt-jwe';
import { detectAes192 } from './detect-aes-192';
import { MAX_JWKS_MEMBERS_TRIED } from './read-decryption-key';
import { encryptJwe, getJweKeyPair, randomKey } from './test-support/create-jwe-fixtures';

vi.mock('./detect-aes-192', () => ({ detectAes192: vi.fn(() => Promise.resolve(true)) }));

const utf8 = { secretEncoding: 'utf8' } as const;
const b64 = { secretEncoding: 'base64url' } as const;
const encode = (text: string): string => encodeBase64Url(new TextEncoder().encode(text));

/** A five-segment token with the given header and dummy segments: enough for the checks that need no key. */
function tokenWithHeader(header: unknown): string {
  return [encode(JSON.stringify(header)), 'AAAA', 'AAAAAAAAAAAAAAAA', 'AAAA', 'AAAAAAAAAAAAAAAAAAAAAA'].join('.');
}

beforeEach(() => {
  vi.mocked(detectAes192).mockClear();
});

describe('decryptJwe: malformed tokens', () => {
  it.each([
    ['three segments', 'a.b.c', { reason: 'token-not-compact-jwe', params: { parts: 3 } }],
    ['padding', tokenWithHeader({ alg: 'dir', enc: 'A128GCM' }).replace('AAAA.', 'AA==.'), { reason: 'segment-not-base64url' }],
    ['a header that is not JSON', [encode('{alg'), '', 'AAAA', 'AAAA', 'AAAA'].join('.'), { reason: 'header-not-json' }],
    ['a header that is an array', tokenWithHeader(['dir']), { reason: 'header-not-object' }],
    ['no alg', tokenWithHeader({ enc: 'A128GCM' }), { reason: 'alg-missing' }],
    ['no enc', tokenWithHeader({ alg: 'dir' }), { reason: 'enc-missing' }],
    ['crit', tokenWithHeader({ alg: 'dir', enc: 'A128GCM', crit: ['exp'], exp: 1 }), { reason: 'crit-unknown', params: { names: ['exp'] } }],
    ['a PBES2 count that is not a number', tokenWithHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2c: '4096', p2s: 'AAAAAAAAAAA' }), { reason: 'p2c-invalid' }],
  ] as const)('%s', async (_name, token, expected) => {
    expect(await decryptJwe(token, 'secret', utf8)).toMatchObject({ status: 'malformed', ...expected });
  });

  it('a tag cut to 15 bytes is malformed, not a wrong key', async () => {
    const key = randomKey(16);
    const token = await encryptJwe('x', { alg: 'dir', enc: 'A128GCM' }, key);
    expect(await decryptJwe(token.slice(0, -2), encodeBase64Url(key), b64)).toMatchObject({ status: 'malformed', reason: 'jwe-invalid' });
  });
});

describe('decryptJwe: unsupported algorithms', () => {
  it.each([
    ['RSA1_5 with no key', { alg: 'RSA1_5', enc: 'A128CBC-HS256' }, '', { reason: 'alg-unsupported', params: { alg: 'RSA1_5' } }],
    ['RSA1_5 with an RSA key', { alg: 'RSA1_5', enc: 'A128CBC-HS256' }, 'RSA', { reason: 'alg-unsupported', params: { alg: 'RSA1_5' } }],
    ['an unknown alg', { alg: 'ECDH-1PU', enc: 'A128GCM' }, 'secret', { reason: 'alg-unknown', params: { alg: 'ECDH-1PU' } }],
    ['an unknown enc', { alg: 'dir', enc: 'C20P' }, 'secret', { reason: 'enc-unknown', params: { enc: 'C20P' } }],
    ['zip other than DEF', { alg: 'dir', enc: 'A128GCM', zip: 'GZ' }, 'secret', { reason: 'zip-unsupported' }],
  ] as const)('%s', async (_name, header, key, expected) => {
    const keyText = key === 'RSA' ? getJweKeyPair('rsa').pkcs8Pem : key;
    expect(await decryptJwe(tokenWithHeader(header), keyText, utf8)).toMatchObject({ status: 'unsupported', ...expected });
  });

  it('192-bit AES where the engine lacks it is unsupported before any key is tried', async () => {
    vi.mocked(detectAes192).mockResolvedValueOnce(false);
    const key = randomKey(24);
    const token = await encryptJwe('x', { alg: 'dir', enc: 'A192GCM' }, key);
    expect(await decryptJwe(token, encodeBase64Url(key), b64)).toMatchObject({ status: 'unsupported', reason: 'aes-192-unavailable', params: { alg: 'dir', enc: 'A192GCM' } });
    expect(detectAes192).toHaveBeenCalledOnce();
  });

  it('128-bit AES does not ask about 192-bit AES', async () => {
    const key = randomKey(16);
    const token = await encryptJwe('x', { alg: 'A128KW', enc: 'A128GCM' }, key);
    expect(await decryptJwe(token, encodeBase64Url(key), b64)).toMatchObject({ status: 'decrypted' });
    expect(detectAes192).not.toHaveBeenCalled();
  });
});

describe('decryptJwe: key refusals', () => {
  const rsa = getJweKeyPair('rsa');
  const p256 = getJweKeyPair('P-256');

  it.each([
    ['an empty key', '', 'key-needed', 'key-missing'],
    ['a PEM that does not parse', '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'key-unreadable', 'key-unreadable'],
    ['a public PEM', rsa.spkiPem, 'public-key-given', 'key-public'],
    ['a public JWK', JSON.stringify(rsa.publicJwk), 'public-key-given', 'key-public'],
    ['a JWKS of public keys only', JSON.stringify({ keys: [rsa.publicJwk] }), 'public-key-given', 'key-public'],
    ['a secret', 'secret', 'key-mismatch', 'key-type-mismatch'],
    ['an EC key', p256.pkcs8Pem, 'key-mismatch', 'key-type-mismatch'],
    ['a JWK for signing', JSON.stringify({ ...rsa.privateJwk, use: 'sig' }), 'key-mismatch', 'jwk-use-mismatch'],
    ['a JWK whose key_ops lack unwrapKey', JSON.stringify({ ...rsa.privateJwk, key_ops: ['sign'] }), 'key-mismatch', 'jwk-key-ops-mismatch'],
    ['a JWK for another alg', JSON.stringify({ ...rsa.privateJwk, alg: 'RSA-OAEP' }), 'key-mismatch', 'jwk-alg-mismatch'],
  ] as const)('RSA-OAEP-256 with %s', async (_name, keyText, status, reason) => {
    const token = await encryptJwe('x', { alg: 'RSA-OAEP-256', enc: 'A128GCM' }, rsa.publicJwk);
    const result = await decryptJwe(token, keyText, utf8);
    expect(result).toMatchObject({ status, reason });
  });

  it('an unreadable key carries the KeyError', async () => {
    const token = await encryptJwe('x', { alg: 'RSA-OAEP', enc: 'A128GCM' }, rsa.publicJwk);
    const result = await decryptJwe(token, '{"kty":"RSA","n":1}', utf8);
    expect(result).toMatchObject({ status: 'key-unreadable', reason: 'key-unreadable', keyError: { code: expect.any(String) as string } });
  });

  it.each([
    ['an RSA key for A128KW', 'A128KW', () => getJweKeyPair('rsa').pkcs8Pem, { reason: 'key-type-mismatch', params: { alg: 'A128KW', keyType: 'rsa' } }],
    ['a 32-byte key for A128KW', 'A128KW', () => encodeBase64Url(randomKey(32)), { reason: 'key-length-mismatch', params: { bytes: 32, expectedBytes: 16 } }],
    ['a 16-byte key for dir with A256GCM', 'dir', () => encodeBase64Url(randomKey(16)), { reason: 'key-length-mismatch', params: { bytes: 16, expectedBytes: 32 } }],
  ] as const)('%s is key-mismatch', async (_name, alg, keyText, expected) => {
    const token = await encryptJwe('x', { alg, enc: 'A256GCM' }, randomKey(alg === 'dir' ? 32 : 16));
    expect(await decryptJwe(token, keyText(), b64)).toMatchObject({ status: 'key-mismatch', ...expected });
  });

  it('a key on another curve than the epk is curve-mismatch', async () => {
    const token = await encryptJwe('x', { alg: 'ECDH-ES', enc: 'A128GCM' }, p256.publicJwk);
    expect(await decryptJwe(token, getJweKeyPair('P-384').pkcs8Pem, utf8)).toMatchObject({ status: 'key-mismatch', reason: 'curve-mismatch', params: { curve: 'P-384', epkCurve: 'P-256' } });
  });
});

describe('decryptJwe: JWK Sets', () => {
  const member = (kid: string | undefined, key: Uint8Array): Record<string, string> => ({ kty: 'oct', ...(kid === undefined ? {} : { kid }), k: encodeBase64Url(key) });

  it('the header kid selects the member, which is named', async () => {
    const [a, b] = [randomKey(16), randomKey(16)];
    const token = await encryptJwe('by kid', { alg: 'A128KW', enc: 'A128GCM', kid: 'b' }, b);
    const result = await decryptJwe(token, JSON.stringify({ keys: [member('a', a), member('b', b)] }), utf8);
    expect(result).toMatchObject({ status: 'decrypted', keyUsed: { kid: 'b', index: 1 } });
  });

  it('without a kid every fitting member is tried and the one that worked is named', async () => {
    const rsa = getJweKeyPair('rsa');
    const [wrong, right] = [randomKey(16), randomKey(16)];
    const token = await encryptJwe('by trial', { alg: 'A128KW', enc: 'A128GCM' }, right);
    const keys = [rsa.privateJwk, member('first', wrong), member(undefined, randomKey(32)), member(undefined, right)];
    const result = await decryptJwe(token, JSON.stringify({ keys }), utf8);
    expect(result).toMatchObject({ status: 'decrypted', keyUsed: { index: 3 } });
    if (result.status === 'decrypted') {
      expect(new TextDecoder().decode(result.plaintext)).toBe('by trial');
      expect(result.keyUsed?.kid).toBeUndefined();
    }
  });

  it('an ECDH-ES token tries only the members on its curve', async () => {
    const p256 = getJweKeyPair('P-256');
    const token = await encryptJwe('ec', { alg: 'ECDH-ES+A128KW', enc: 'A128GCM' }, p256.publicJwk);
    const keys = [getJweKeyPair('P-384').privateJwk, getJweKeyPair('P-256', 'wrong').privateJwk, p256.privateJwk];
    expect(await decryptJwe(token, JSON.stringify({ keys }), utf8)).toMatchObject({ status: 'decrypted', keyUsed: { index: 2 } });
  });

  it('no member decrypting is wrong-key-or-tampered, counting the keys tried', async () => {
    const token = await encryptJwe('x', { alg: 'A128KW', enc: 'A128GCM' }, randomKey(16));
    const keys = [member('a', randomKey(16)), member('b', randomKey(16))];
    expect(await decryptJwe(token, JSON.stringify({ keys }), utf8)).toMatchObject({ status: 'wrong-key-or-tampered', params: { keysTried: 2 } });
  });

  it(`tries at most ${MAX_JWKS_MEMBERS_TRIED} members of a huge set, so a set of thousands cannot hold the page`, async () => {
    const token = await encryptJwe('x', { alg: 'A128KW', enc: 'A128GCM' }, randomKey(16));
    const keys = Array.from({ length: MAX_JWKS_MEMBERS_TRIED * 10 }, () => member(undefined, randomKey(16)));
    expect(await decryptJwe(token, JSON.stringify({ keys }), utf8)).toMatchObject({ status: 'wrong-key-or-tampered', params: { keysTried: MAX_JWKS_MEMBERS_TRIED } });
  });

  it.each([
    ['a kid no member has', { kid: 'c' }, [member('a', randomKey(16))], 'kid-not-found'],
    ['no member of the right type', {}, [member('a', randomKey(32)), member('b', randomKey(24))], 'jwks-no-matching-key'],
    ['an empty set', {}, [], 'jwks-no-matching-key'],
  ] as const)('%s is key-mismatch', async (_name, extra, keys, reason) => {
    const token = await encryptJwe('x', { alg: 'A128KW', enc: 'A128GCM', ...extra }, randomKey(16));
    expect(await decryptJwe(token, JSON.stringify({ keys }), utf8)).toMatchObject({ status: 'key-mismatch', reason });
  });
});

describe('decryptJwe: PBES2 iteration count', () => {
  const password = new TextEncoder().encode('pw');

  it.each([
    ['the default limit refuses 20,000', 20_000, undefined, { status: 'pbes2-count-refused', reason: 'p2c-too-large', params: { p2c: 20_000, maxCount: 10_000 } }],
    ['an allowance below the count refuses it', 20_000, 19_999, { status: 'pbes2-count-refused', params: { p2c: 20_000, maxCount: 19_999 } }],
    ['an allowance of the count runs it', 20_000, 20_000, { status: 'decrypted' }],
    ['10,000 runs without an allowance', 10_000, undefined, { status: 'decrypted' }],
  ] as const)('%s', async (_name, p2c, allowPbes2Count, expected) => {
    const token = await encryptJwe('pbes2', { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, password, { p2c });
    const options = allowPbes2Count === undefined ? utf8 : { ...utf8, allowPbes2Count };
    expect(await decryptJwe(token, 'pw', options)).toMatchObject(expected);
  });
});

describe('decryptJwe: zip DEF', () => {
  it('inflates and reports the ratio', async () => {
    const key = randomKey(32);
    const plaintext = 'a'.repeat(100_000);
    const token = await encryptJwe(plaintext, { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, key);
    const result = await decryptJwe(token, encodeBase64Url(key), b64);
    expect(result).toMatchObject({ status: 'decrypted', zip: { inflatedBytes: 100_000 } });
    if (result.status === 'decrypted') {
      expect(new TextDecoder().decode(result.plaintext)).toBe(plaintext);
      expect(result.zip?.ratio).toBeGreaterThan(100);
      expect(result.zip?.ratio).toBeCloseTo(100_000 / (result.zip?.compressedBytes ?? 1));
    }
  });

  it(`refuses more than ${MAX_INFLATED_BYTES} inflated bytes`, async () => {
    const key = randomKey(32);
    const token = await encryptJwe(new Uint8Array(MAX_INFLATED_BYTES + 1), { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, key);
    expect(await decryptJwe(token, encodeBase64Url(key), b64)).toMatchObject({ status: 'zip-too-large', reason: 'zip-too-large', params: { maxBytes: MAX_INFLATED_BYTES } });
  });

  it(`inflates exactly ${MAX_INFLATED_BYTES} bytes`, async () => {
    const key = randomKey(32);
    const token = await encryptJwe(new Uint8Array(MAX_INFLATED_BYTES), { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, key);
    expect(await decryptJwe(token, encodeBase64Url(key), b64)).toMatchObject({ status: 'decrypted', zip: { inflatedBytes: MAX_INFLATED_BYTES } });
  });
});
