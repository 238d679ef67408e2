import { compactDecrypt, compactVerify, decodeProtectedHeader, importPKCS8, importSPKI } from 'jose';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import type { SecretEncoding } from '../keys/decode-secret';
import { decryptJwe } from './decrypt-jwe';
import { DEFAULT_ENCRYPT_PBES2_COUNT, encryptJwe, type EncryptInput } from './encrypt-jwe';
import { ECDH_CURVE_CHOICES, generateJweKey, type EcdhCurve, type GeneratedJweKey } from './generate-jwe-key';
import { familyOfJweAlgorithm, JWE_CONTENT_ENCRYPTION_ALGORITHMS, JWE_KEY_MANAGEMENT_ALGORITHMS } from './jwe-algorithms';
import { getJweKeyPair } from './test-support/create-jwe-fixtures';

// Every alg × enc (and every ECDH-ES curve): generate a key with generateJweKey, encrypt what a user
// typed, then decrypt twice: with the app's decryptJwe and with jose's compactDecrypt in Node.

const PAYLOAD_JSON = `{
  "sub": "1234567890",
  "name": "Zoë Ünïcødé 김철수 🔑",
  "big": 12345678901234567890,
  "ratio": 1.0
}`;
const PAYLOAD_AS_ENCRYPTED = '{"sub":"1234567890","name":"Zoë Ünïcødé 김철수 🔑","big":12345678901234567890,"ratio":1.0}';

/** What encrypts (`key`, `encoding`) and what decrypts (`decryptText` for decryptJwe, `joseKey` for compactDecrypt). */
interface KeyMaterial {
  key: string;
  encoding: SecretEncoding;
  decryptText: string;
  joseKey: () => Promise<Uint8Array | CryptoKey>;
}

function materialOf(generated: GeneratedJweKey, alg: string): KeyMaterial {
  switch (generated.kind) {
    case 'password':
      return { key: generated.password, encoding: 'utf8', decryptText: generated.password, joseKey: () => Promise.resolve(new TextEncoder().encode(generated.password)) };
    case 'secret': {
      const text = encodeBase64Url(generated.bytes);
      return { key: text, encoding: 'base64url', decryptText: text, joseKey: () => Promise.resolve(generated.bytes) };
    }
    case 'key-pair':
      return { key: generated.publicPem, encoding: 'utf8', decryptText: generated.privatePem, joseKey: () => importPKCS8(generated.privatePem, alg) };
  }
}

const generatedKeys = new Map<string, Promise<GeneratedJweKey>>();

/** One key per alg (and curve, and for symmetric keys per length): RSA generation is slow. */
function keyFor(alg: string, enc: string, curve?: EcdhCurve): Promise<GeneratedJweKey> {
  const cacheKey = `${alg}/${alg === 'dir' ? enc : ''}/${curve ?? ''}`;
  let cached = generatedKeys.get(cacheKey);
  if (cached === undefined) {
    cached = generateJweKey(alg, enc, curve === undefined ? {} : { curve }).then((result) => {
      if (!result.ok) throw new Error(`${alg}: ${result.error.code}`);
      return result.key;
    });
    generatedKeys.set(cacheKey, cached);
  }
  return cached;
}

interface Case {
  name: string;
  alg: string;
  enc: string;
  curve?: EcdhCurve;
}

const CASES: Case[] = JWE_KEY_MANAGEMENT_ALGORITHMS.flatMap((alg) =>
  JWE_CONTENT_ENCRYPTION_ALGORITHMS.flatMap((enc) =>
    familyOfJweAlgorithm(alg) === 'ecdh' ? ECDH_CURVE_CHOICES.map((curve) => ({ name: `${alg} ${enc} ${curve}`, alg, enc, curve })) : [{ name: `${alg} ${enc}`, alg, enc }],
  ),
);

function headerOf(alg: string, enc: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ alg, enc, ...extra }, null, 2);
}

async function encrypted(input: EncryptInput): Promise<string> {
  const result = await encryptJwe(input);
  if (!result.ok) throw new Error(`${input.alg} ${input.enc}: ${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.token;
}

describe('encryptJwe: every alg × enc decrypts with decryptJwe and with jose', () => {
  it('covers every key management and content encryption algorithm', () => {
    expect(new Set(CASES.map((c) => c.alg)).size).toBe(JWE_KEY_MANAGEMENT_ALGORITHMS.length);
    expect(CASES.length).toBe((JWE_KEY_MANAGEMENT_ALGORITHMS.length + 3 * 4) * JWE_CONTENT_ENCRYPTION_ALGORITHMS.length);
  });

  it.each(CASES)('$name', async ({ alg, enc, curve }) => {
    const material = materialOf(await keyFor(alg, enc, curve), alg);
    const token = await encrypted({ headerJson: headerOf(alg, enc), payloadJson: PAYLOAD_JSON, alg, enc, key: material.key, secretEncoding: material.encoding });
    expect(token.split('.')).toHaveLength(5);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg, enc });

    const ours = await decryptJwe(token, material.decryptText, { secretEncoding: material.encoding });
    if (ours.status !== 'decrypted') throw new Error(`decryptJwe: ${ours.status} ${ours.reason}`);
    expect(new TextDecoder().decode(ours.plaintext)).toBe(PAYLOAD_AS_ENCRYPTED);

    const theirs = await compactDecrypt(token, await material.joseKey(), { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc] });
    expect(new TextDecoder().decode(theirs.plaintext)).toBe(PAYLOAD_AS_ENCRYPTED);
  });
});

describe('encryptJwe: keys in every pasteable form', () => {
  const rsa = getJweKeyPair('rsa');
  const x25519 = getJweKeyPair('X25519');

  it.each([
    ['SPKI PEM', rsa.spkiPem, []],
    ['public JWK', JSON.stringify(rsa.publicJwk), []],
    ['PKCS#1 private PEM (its public half encrypts)', rsa.legacyPem ?? '', ['key-private']],
    ['private JWK (its public half encrypts)', JSON.stringify(rsa.privateJwk), ['key-private']],
  ])('RSA-OAEP-256 to a %s', async (_form, key, warnings) => {
    const result = await encryptJwe({ headerJson: headerOf('RSA-OAEP-256', 'A256GCM'), payloadJson: '{"a":1}', alg: 'RSA-OAEP-256', enc: 'A256GCM', key });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
    expect(await decryptJwe(result.token, rsa.pkcs8Pem, { secretEncoding: 'utf8' })).toMatchObject({ status: 'decrypted' });
  });

  it('ECDH-ES+A128KW to an X25519 SPKI PEM and a public JWK', async () => {
    for (const key of [x25519.spkiPem, JSON.stringify(x25519.publicJwk)]) {
      const token = await encrypted({ headerJson: headerOf('ECDH-ES+A128KW', 'A128GCM'), payloadJson: '{"a":1}', alg: 'ECDH-ES+A128KW', enc: 'A128GCM', key });
      const { plaintext } = await compactDecrypt(token, await importPKCS8(x25519.pkcs8Pem, 'ECDH-ES+A128KW'));
      expect(new TextDecoder().decode(plaintext)).toBe('{"a":1}');
    }
  });

  it('A128KW with an oct JWK', async () => {
    const k = encodeBase64Url(new Uint8Array(16).fill(7));
    const token = await encrypted({ headerJson: headerOf('A128KW', 'A128CBC-HS256'), payloadJson: '{}', alg: 'A128KW', enc: 'A128CBC-HS256', key: JSON.stringify({ kty: 'oct', k, use: 'enc' }) });
    expect(await decryptJwe(token, k, { secretEncoding: 'base64url' })).toMatchObject({ status: 'decrypted' });
  });
});

describe('encryptJwe: PBES2 counts', () => {
  const password = 'correct horse battery staple';
  const input = (headerExtra: Record<string, unknown>, p2c?: number): EncryptInput => ({
    headerJson: headerOf('PBES2-HS256+A128KW', 'A128GCM', headerExtra),
    payloadJson: '{}',
    alg: 'PBES2-HS256+A128KW',
    enc: 'A128GCM',
    key: password,
    ...(p2c === undefined ? {} : { p2c }),
  });

  it.each([
    ['no count anywhere: the default', {}, undefined, DEFAULT_ENCRYPT_PBES2_COUNT, []],
    ['the caller’s count', {}, 20_000, 20_000, []],
    ['the header’s count wins', { p2c: 5_000 }, 20_000, 5_000, []],
    ['a low count is made, with a warning', { p2c: 100 }, undefined, 100, ['p2c-low']],
  ])('%s', async (_name, extra, p2c, expected, warnings) => {
    const result = await encryptJwe(input(extra, p2c));
    if (!result.ok) throw new Error(result.error.code);
    const header = decodeProtectedHeader(result.token);
    expect(header.p2c).toBe(expected);
    expect(typeof header.p2s).toBe('string');
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
    const { plaintext } = await compactDecrypt(result.token, new TextEncoder().encode(password), { keyManagementAlgorithms: ['PBES2-HS256+A128KW'], maxPBES2Count: 20_000 });
    expect(new TextDecoder().decode(plaintext)).toBe('{}');
  });

  it.each([
    ['a count that is not a positive integer', { p2c: 1.5 }, 'p2c-invalid'],
    ['a count beyond the encoder’s limit', { p2c: 1_000_001 }, 'p2c-too-high'],
  ])('refuses %s', async (_name, extra, code) => {
    expect(await encryptJwe(input(extra))).toMatchObject({ ok: false, error: { code } });
  });
});

describe('encryptJwe: sign then encrypt (nested JWT)', () => {
  it('encrypts the JWS signToken makes, with cty JWT; the inner token verifies', async () => {
    const recipient = getJweKeyPair('P-256');
    const secret = 'a-string-secret-at-least-256-bits-long';
    const token = await encrypted({
      headerJson: headerOf('ECDH-ES+A256KW', 'A256GCM'),
      payloadJson: PAYLOAD_JSON,
      alg: 'ECDH-ES+A256KW',
      enc: 'A256GCM',
      key: recipient.spkiPem,
      sign: { headerJson: '{"alg":"HS256","typ":"JWT"}', alg: 'HS256', key: secret },
    });
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM', cty: 'JWT' });
    const ours = await decryptJwe(token, recipient.pkcs8Pem, { secretEncoding: 'utf8' });
    if (ours.status !== 'decrypted') throw new Error(ours.reason);
    const inner = new TextDecoder().decode(ours.plaintext);
    expect(inner.split('.')).toHaveLength(3);
    const verified = await compactVerify(inner, new TextEncoder().encode(secret));
    expect(new TextDecoder().decode(verified.payload)).toBe(PAYLOAD_AS_ENCRYPTED);
  });

  it('keeps a cty the user typed, and signs with a private key', async () => {
    const signer = await importSPKI(getJweKeyPair('P-256', 'signer').spkiPem, 'ES256');
    const token = await encrypted({
      headerJson: headerOf('dir', 'A128GCM', { cty: 'jwt' }),
      payloadJson: '{"sub":"x"}',
      alg: 'dir',
      enc: 'A128GCM',
      key: encodeBase64Url(new Uint8Array(16)),
      secretEncoding: 'base64url',
      sign: { headerJson: '{"alg":"ES256"}', alg: 'ES256', key: getJweKeyPair('P-256', 'signer').pkcs8Pem },
    });
    expect(decodeProtectedHeader(token).cty).toBe('jwt');
    const { plaintext } = await compactDecrypt(token, new Uint8Array(16));
    await expect(compactVerify(new TextDecoder().decode(plaintext), signer)).resolves.toBeDefined();
  });

  it('says why when the inner signature cannot be made', async () => {
    const result = await encryptJwe({ headerJson: headerOf('dir', 'A128GCM'), payloadJson: '{}', alg: 'dir', enc: 'A128GCM', key: encodeBase64Url(new Uint8Array(16)), secretEncoding: 'base64url', sign: { headerJson: '{"alg":"RS256"}', alg: 'RS256', key: '' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'sign-failed', field: 'signing', signError: { code: 'key-missing' } } });
  });
});

describe('encryptJwe: refusals and warnings, as data', () => {
  const aes128 = encodeBase64Url(new Uint8Array(16));
  const base = { headerJson: headerOf('A128KW', 'A128GCM'), payloadJson: '{}', alg: 'A128KW', enc: 'A128GCM', key: aes128, secretEncoding: 'base64url' as const };
  const rsa = getJweKeyPair('rsa');

  it.each<[string, Partial<EncryptInput>, string, string]>([
    ['invalid header JSON', { headerJson: '{"alg":' }, 'json-invalid', 'header'],
    ['invalid payload JSON', { payloadJson: '{,}' }, 'json-invalid', 'payload'],
    ['a header that is an array', { headerJson: '[]' }, 'header-not-object', 'header'],
    ['a header without alg', { headerJson: '{"enc":"A128GCM"}' }, 'header-alg-missing', 'header'],
    ['a header naming another alg', { headerJson: headerOf('A256KW', 'A128GCM') }, 'header-alg-mismatch', 'header'],
    ['a header without enc', { headerJson: '{"alg":"A128KW"}' }, 'header-enc-missing', 'header'],
    ['a header naming another enc', { headerJson: headerOf('A128KW', 'A256GCM') }, 'header-enc-mismatch', 'header'],
    ['zip other than DEF', { headerJson: headerOf('A128KW', 'A128GCM', { zip: 'GZIP' }) }, 'header-zip-unsupported', 'header'],
    ['crit', { headerJson: headerOf('A128KW', 'A128GCM', { crit: ['x'], x: 1 }) }, 'header-crit-unsupported', 'header'],
    ['RSA1_5, refused with a reason', { headerJson: headerOf('RSA1_5', 'A128GCM'), alg: 'RSA1_5', key: rsa.spkiPem }, 'alg-refused', 'alg'],
    ['RSA1_5 typed into the header, refused with a reason', { headerJson: headerOf('RSA1_5', 'A128GCM'), key: rsa.spkiPem }, 'alg-refused', 'header'],
    ['an unknown alg', { headerJson: headerOf('A512KW', 'A128GCM'), alg: 'A512KW' }, 'alg-unknown', 'alg'],
    ['an unknown enc', { headerJson: headerOf('A128KW', 'A128CTR'), enc: 'A128CTR' }, 'enc-unknown', 'enc'],
    ['no key', { key: '' }, 'key-missing', 'key'],
    ['an unreadable key', { key: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }, 'key-unreadable', 'key'],
    ['a JWK Set', { key: JSON.stringify({ keys: [rsa.publicJwk] }) }, 'key-set', 'key'],
    ['an RSA key for AES key wrap', { key: rsa.spkiPem }, 'key-type-mismatch', 'key'],
    ['a secret for RSA-OAEP', { headerJson: headerOf('RSA-OAEP', 'A128GCM'), alg: 'RSA-OAEP' }, 'key-type-mismatch', 'key'],
    ['a 32-byte key for A128KW', { key: encodeBase64Url(new Uint8Array(32)) }, 'key-length-mismatch', 'key'],
    ['a 16-byte key for dir A256GCM', { headerJson: headerOf('dir', 'A256GCM'), alg: 'dir', enc: 'A256GCM' }, 'key-length-mismatch', 'key'],
    ['a JWK meant for signatures', { key: JSON.stringify({ kty: 'oct', k: aes128, use: 'sig' }) }, 'jwk-use-mismatch', 'key'],
    ['a JWK whose key_ops lack wrapKey', { key: JSON.stringify({ kty: 'oct', k: aes128, key_ops: ['encrypt'] }) }, 'jwk-key-ops-mismatch', 'key'],
    ['a JWK for another alg', { key: JSON.stringify({ kty: 'oct', k: aes128, alg: 'A128GCMKW' }) }, 'jwk-alg-mismatch', 'key'],
  ])('%s', async (_name, change, code, field) => {
    expect(await encryptJwe({ ...base, ...change })).toMatchObject({ ok: false, error: { code, field } });
  });

  it('refuses an Ed25519 key for ECDH-ES (a signing curve)', async () => {
    const ed = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----';
    expect(await encryptJwe({ ...base, headerJson: headerOf('ECDH-ES', 'A128GCM'), alg: 'ECDH-ES', key: ed })).toMatchObject({ ok: false, error: { code: 'curve-unsupported', params: { curve: 'Ed25519' } } });
  });

  it('warns about header members jose writes itself, repeated names and a payload that is not an object', async () => {
    const result = await encryptJwe({ ...base, headerJson: '{"alg":"A128KW","enc":"A128GCM","iv":"x","kid":"a","kid":"b"}', payloadJson: '"text"' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.warnings.map((warning) => [warning.code, warning.params])).toEqual([
      ['payload-not-object', { found: 'string' }],
      ['duplicate-member', { part: 'header', name: 'kid' }],
      ['member-replaced', { name: 'iv' }],
    ]);
    expect(decodeProtectedHeader(result.token)).toEqual({ alg: 'A128KW', enc: 'A128GCM', kid: 'b' });
  });

  it('compresses with zip DEF, and the result decrypts', async () => {
    const token = await encrypted({ ...base, headerJson: headerOf('A128KW', 'A128GCM', { zip: 'DEF' }), payloadJson: `{"a":"${'x'.repeat(1000)}"}` });
    const ours = await decryptJwe(token, aes128, { secretEncoding: 'base64url' });
    expect(ours).toMatchObject({ status: 'decrypted', zip: { inflatedBytes: 1008 } });
  });
});
