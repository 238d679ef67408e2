// Test-only: keys generated with Node's crypto in every pasteable form, and compact JWEs made with
// jose's CompactEncrypt (the decrypting side under test is our own code around compactDecrypt).
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { CompactEncrypt, importJWK, type CompactJWEHeaderParameters, type JWK } from 'jose';

export type JweKeyPairType = 'rsa' | 'P-256' | 'P-384' | 'P-521' | 'X25519';

/** A private key in the forms a user pastes, and the public JWK to encrypt to. */
export interface JweKeyPair {
  type: JweKeyPairType;
  pkcs8Pem: string;
  /** PKCS#1 (RSA) or SEC1 (EC) PEM; undefined for X25519, which has neither. */
  legacyPem?: string;
  spkiPem: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const pairs = new Map<string, JweKeyPair>();

function generate(type: JweKeyPairType): { privateKey: KeyObject; publicKey: KeyObject } {
  if (type === 'rsa') return generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (type === 'X25519') return generateKeyPairSync('x25519');
  return generateKeyPairSync('ec', { namedCurve: type });
}

/** Returns a key pair of `type`, generated once per test file per `label` (use another label for a wrong key). */
export function getJweKeyPair(type: JweKeyPairType, label = 'main'): JweKeyPair {
  const cacheKey = `${type}/${label}`;
  const cached = pairs.get(cacheKey);
  if (cached) return cached;
  const { privateKey, publicKey } = generate(type);
  const legacyType = type === 'rsa' ? 'pkcs1' : type === 'X25519' ? undefined : 'sec1';
  const pair: JweKeyPair = {
    type,
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ...(legacyType === undefined ? {} : { legacyPem: privateKey.export({ type: legacyType, format: 'pem' } as { type: 'pkcs1'; format: 'pem' }).toString() }),
    spkiPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateJwk: privateKey.export({ format: 'jwk' }),
    publicJwk: publicKey.export({ format: 'jwk' }),
  };
  pairs.set(cacheKey, pair);
  return pair;
}

/** Returns `length` random bytes, for symmetric keys. */
export function randomKey(length: number): Uint8Array {
  return new Uint8Array(randomBytes(length));
}

/** Returns a compact JWE of `plaintext` under the header, encrypted to a public JWK, key bytes or password bytes. */
export async function encryptJwe(plaintext: string | Uint8Array, header: CompactJWEHeaderParameters, key: JWK | Uint8Array, options: { p2c?: number } = {}): Promise<string> {
  const bytes = typeof plaintext === 'string' ? new TextEncoder().encode(plaintext) : plaintext;
  const encryptionKey = key instanceof Uint8Array ? key : await importJWK(key, header.alg);
  const encrypt = new CompactEncrypt(bytes).setProtectedHeader(header);
  if (options.p2c !== undefined) encrypt.setKeyManagementParameters({ p2c: options.p2c });
  return encrypt.encrypt(encryptionKey);
}

/** Returns the token with the first character of segment `index` changed (still valid base64url). */
export function tamperSegment(token: string, index: number): string {
  const segments = token.split('.');
  const segment = segments[index] ?? '';
  segments[index] = (segment.startsWith('A') ? 'B' : 'A') + segment.slice(1);
  return segments.join('.');
}
