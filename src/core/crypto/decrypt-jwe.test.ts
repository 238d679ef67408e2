import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import type { SecretEncoding } from '../keys/decode-secret';
import { decryptJwe } from './decrypt-jwe';
import { encryptJwe, getJweKeyPair, randomKey, tamperSegment, type JweKeyPairType } from './test-support/create-jwe-fixtures';

const PLAINTEXT = 'The true sign of intelligence is not knowledge but imagination. – Einstein';

/** One way of encrypting and of pasting the key, plus a key that must not decrypt. */
interface FamilyCase {
  name: string;
  alg: string;
  enc: string;
  make: () => Promise<{ token: string; keyText: string; wrongKeyText: string; secretEncoding: SecretEncoding }>;
}

function symmetric(alg: string, enc: string, bytes: number, form: 'base64url' | 'jwk'): FamilyCase {
  return {
    name: `${alg} ${enc} (${form})`,
    alg,
    enc,
    make: async () => {
      const key = randomKey(bytes);
      const wrong = randomKey(bytes);
      const asText = (k: Uint8Array): string => (form === 'jwk' ? JSON.stringify({ kty: 'oct', k: encodeBase64Url(k) }) : encodeBase64Url(k));
      return { token: await encryptJwe(PLAINTEXT, { alg, enc }, key), keyText: asText(key), wrongKeyText: asText(wrong), secretEncoding: 'base64url' };
    },
  };
}

function password(alg: string, enc: string): FamilyCase {
  return {
    name: `${alg} ${enc} (password)`,
    alg,
    enc,
    make: async () => ({
      token: await encryptJwe(PLAINTEXT, { alg, enc }, new TextEncoder().encode('correct horse – battery staple'), { p2c: 1000 }),
      keyText: 'correct horse – battery staple',
      wrongKeyText: 'correct horse - battery staple',
      secretEncoding: 'utf8',
    }),
  };
}

function asymmetric(alg: string, enc: string, type: JweKeyPairType, form: 'pkcs8' | 'legacy' | 'jwk'): FamilyCase {
  return {
    name: `${alg} ${enc} ${type} (${form})`,
    alg,
    enc,
    make: async () => {
      const pair = getJweKeyPair(type);
      const wrong = getJweKeyPair(type, 'wrong');
      const textOf = (p: typeof pair): string => (form === 'jwk' ? JSON.stringify(p.privateJwk) : form === 'legacy' ? (p.legacyPem ?? '') : p.pkcs8Pem);
      return { token: await encryptJwe(PLAINTEXT, { alg, enc }, pair.publicJwk), keyText: textOf(pair), wrongKeyText: textOf(wrong), secretEncoding: 'utf8' };
    },
  };
}

const CEK_BYTES: Readonly<Record<string, number>> = { A128GCM: 16, A192GCM: 24, A256GCM: 32, 'A128CBC-HS256': 32, 'A192CBC-HS384': 48, 'A256CBC-HS512': 64 };
const ENCS = Object.keys(CEK_BYTES);

const CASES: FamilyCase[] = [
  ...ENCS.map((enc) => symmetric('dir', enc, CEK_BYTES[enc] ?? 0, 'base64url')),
  symmetric('dir', 'A256GCM', 32, 'jwk'),
  symmetric('A128KW', 'A128GCM', 16, 'base64url'),
  symmetric('A192KW', 'A192CBC-HS384', 24, 'jwk'),
  symmetric('A256KW', 'A256CBC-HS512', 32, 'base64url'),
  symmetric('A128GCMKW', 'A128CBC-HS256', 16, 'jwk'),
  symmetric('A192GCMKW', 'A192GCM', 24, 'base64url'),
  symmetric('A256GCMKW', 'A256GCM', 32, 'base64url'),
  password('PBES2-HS256+A128KW', 'A128GCM'),
  password('PBES2-HS384+A192KW', 'A192GCM'),
  password('PBES2-HS512+A256KW', 'A256CBC-HS512'),
  asymmetric('RSA-OAEP', 'A128GCM', 'rsa', 'pkcs8'),
  asymmetric('RSA-OAEP-256', 'A256GCM', 'rsa', 'legacy'),
  asymmetric('RSA-OAEP-384', 'A128CBC-HS256', 'rsa', 'jwk'),
  asymmetric('RSA-OAEP-512', 'A256CBC-HS512', 'rsa', 'pkcs8'),
  asymmetric('ECDH-ES', 'A128GCM', 'P-256', 'pkcs8'),
  asymmetric('ECDH-ES', 'A256GCM', 'P-384', 'legacy'),
  asymmetric('ECDH-ES', 'A256CBC-HS512', 'P-521', 'jwk'),
  asymmetric('ECDH-ES', 'A128GCM', 'X25519', 'pkcs8'),
  asymmetric('ECDH-ES+A128KW', 'A128GCM', 'P-256', 'jwk'),
  asymmetric('ECDH-ES+A192KW', 'A192GCM', 'P-384', 'pkcs8'),
  asymmetric('ECDH-ES+A256KW', 'A256GCM', 'P-521', 'legacy'),
  asymmetric('ECDH-ES+A256KW', 'A128CBC-HS256', 'X25519', 'jwk'),
];

describe('decryptJwe: every alg family', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s decrypts with the right key', async (_name, testCase) => {
    const { token, keyText, secretEncoding } = await testCase.make();
    const result = await decryptJwe(token, keyText, { secretEncoding });
    expect(result).toMatchObject({ status: 'decrypted', alg: testCase.alg, enc: testCase.enc });
    if (result.status === 'decrypted') {
      expect(new TextDecoder().decode(result.plaintext)).toBe(PLAINTEXT);
      expect(result.keyUsed).toBeUndefined();
      expect(result.zip).toBeUndefined();
    }
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s: a wrong key is wrong-key-or-tampered', async (_name, testCase) => {
    const { token, wrongKeyText, secretEncoding } = await testCase.make();
    expect(await decryptJwe(token, wrongKeyText, { secretEncoding })).toMatchObject({ status: 'wrong-key-or-tampered', reason: 'wrong-key', params: { alg: testCase.alg, enc: testCase.enc, keysTried: 1 } });
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))('%s: a changed tag or ciphertext is wrong-key-or-tampered', async (_name, testCase) => {
    const { token, keyText, secretEncoding } = await testCase.make();
    expect(await decryptJwe(tamperSegment(token, 4), keyText, { secretEncoding })).toMatchObject({ status: 'wrong-key-or-tampered' });
    expect(await decryptJwe(tamperSegment(token, 3), keyText, { secretEncoding })).toMatchObject({ status: 'wrong-key-or-tampered' });
  });
});
