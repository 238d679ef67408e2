import { describe, expect, it } from 'vitest';
import { detectAes192 } from './detect-aes-192';
import { decryptsWithKeyType, familyOfJweAlgorithm, jwkOperationFor, requiredSymmetricKeyBytes, usesAes192 } from './jwe-algorithms';

describe('JWE algorithm table', () => {
  it.each([
    ['dir', 'A128CBC-HS256', 'symmetric', 32, 'decrypt', false],
    ['dir', 'A192GCM', 'symmetric', 24, 'decrypt', true],
    ['A192KW', 'A128GCM', 'symmetric', 24, 'unwrapKey', true],
    ['A256GCMKW', 'A256GCM', 'symmetric', 32, 'decrypt', false],
    ['PBES2-HS384+A192KW', 'A256GCM', 'password', undefined, 'deriveBits', true],
    ['RSA-OAEP-512', 'A192CBC-HS384', 'rsa', undefined, 'unwrapKey', true],
    ['ECDH-ES+A192KW', 'A128GCM', 'ecdh', undefined, 'deriveBits', true],
    ['ECDH-ES', 'A256CBC-HS512', 'ecdh', undefined, 'deriveBits', false],
  ] as const)('%s with %s', (alg, enc, family, keyBytes, operation, aes192) => {
    expect(familyOfJweAlgorithm(alg)).toBe(family);
    expect(requiredSymmetricKeyBytes(alg, enc)).toBe(keyBytes);
    expect(jwkOperationFor(alg)).toBe(operation);
    expect(usesAes192(alg, enc)).toBe(aes192);
  });

  it('detects 192-bit AES once (Node has it)', async () => {
    const first = detectAes192();
    expect(detectAes192()).toBe(first);
    expect(await first).toBe(true);
  });
});

describe('decryptsWithKeyType', () => {
  it.each([
    ['RSA-OAEP-256', 'rsa', true],
    ['RSA-OAEP-256', 'ec', false],
    ['ECDH-ES+A128KW', 'ec', true],
    ['ECDH-ES', 'okp', true],
    ['ECDH-ES', 'oct', false],
    ['A256KW', 'oct', true],
    ['dir', 'rsa', false],
    ['PBES2-HS256+A128KW', 'oct', true],
  ] as const)('%s with a %s key → %s', (alg, keyType, fits) => {
    expect(decryptsWithKeyType(alg, keyType)).toBe(fits);
  });
});
