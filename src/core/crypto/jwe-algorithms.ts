import type { KeyInfo } from '../keys/key-info';

/** What kind of key a JWE key management algorithm decrypts with. */
export type JweKeyFamily = 'rsa' | 'ecdh' | 'symmetric' | 'password';

/** The key types each key family decrypts with (a password is a symmetric secret too). */
const FAMILY_KEY_TYPES: Readonly<Record<JweKeyFamily, readonly KeyInfo['type'][]>> = { rsa: ['rsa'], ecdh: ['ec', 'okp'], symmetric: ['oct'], password: ['oct'] };

/** Every key management algorithm jose 6 decrypts (RFC 7518 §4), in the order of the RFC. */
export const JWE_KEY_MANAGEMENT_ALGORITHMS: readonly string[] = [
  'dir',
  'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512',
  'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
  'A128KW', 'A192KW', 'A256KW',
  'A128GCMKW', 'A192GCMKW', 'A256GCMKW',
  'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW',
];

/** Content encryption algorithm → bytes of its content encryption key (RFC 7518 §5). */
const CEK_BYTES: ReadonlyMap<string, number> = new Map([
  ['A128CBC-HS256', 32],
  ['A192CBC-HS384', 48],
  ['A256CBC-HS512', 64],
  ['A128GCM', 16],
  ['A192GCM', 24],
  ['A256GCM', 32],
]);

/** Every content encryption algorithm jose 6 decrypts. */
export const JWE_CONTENT_ENCRYPTION_ALGORITHMS: readonly string[] = [...CEK_BYTES.keys()];

/** Registered algorithms neither jose 6 nor WebCrypto implement (RSAES-PKCS1-v1_5). */
export const UNAVAILABLE_JWE_ALGORITHMS: ReadonlySet<string> = new Set(['RSA1_5']);

/** jose's own default limit on PBES2 iterations, kept as the limit without the user's say-so. */
export const DEFAULT_MAX_PBES2_COUNT = 10_000;

/** Returns the key family `alg` decrypts with; does not check that `alg` is registered. */
export function familyOfJweAlgorithm(alg: string): JweKeyFamily {
  if (alg.startsWith('RSA')) return 'rsa';
  if (alg.startsWith('ECDH-ES')) return 'ecdh';
  if (alg.startsWith('PBES2')) return 'password';
  return 'symmetric';
}

/** Whether a key of this type can decrypt with `alg`'s family; does not check its size or curve. */
export function decryptsWithKeyType(alg: string, keyType: KeyInfo['type']): boolean {
  return FAMILY_KEY_TYPES[familyOfJweAlgorithm(alg)].includes(keyType);
}

/**
 * Returns the byte length a symmetric key must have for `alg` (for `dir`: the CEK length of `enc`),
 * or undefined when any length will do (PBES2 passwords, asymmetric algorithms). Does not check `enc` is known.
 */
export function requiredSymmetricKeyBytes(alg: string, enc: string): number | undefined {
  if (alg === 'dir') return CEK_BYTES.get(enc);
  const match = /^A(128|192|256)(?:GCM)?KW$/.exec(alg);
  return match?.[1] === undefined ? undefined : Number(match[1]) / 8;
}

/** Returns the `key_ops` entry jose requires of a JWK to decrypt with `alg`; does not check `alg` is known. */
export function jwkOperationFor(alg: string): string {
  if (alg.startsWith('RSA') || /^A\d{3}KW$/.test(alg)) return 'unwrapKey';
  if (alg.startsWith('ECDH-ES') || alg.startsWith('PBES2')) return 'deriveBits';
  return 'decrypt';
}

/** Returns whether `alg` or `enc` runs 192-bit AES, which Chromium lacks; does not check either is known. */
export function usesAes192(alg: string, enc: string): boolean {
  return /(?:^|\+)A192/.test(alg) || alg.startsWith('PBES2-HS384') || enc.startsWith('A192');
}
