import { generateKeyPair } from 'jose';
import { encodeBase64Url } from '../encoding/base64url';
import { exportKeyPair, generationFailure, type GeneratedKey, type KeyGenerationError, type RsaModulusBits } from './generate-key';
import { familyOfJweAlgorithm, JWE_KEY_MANAGEMENT_ALGORITHMS, requiredSymmetricKeyBytes, UNAVAILABLE_JWE_ALGORITHMS } from './jwe-algorithms';

/** The curves ECDH-ES keys are generated on. */
export type EcdhCurve = 'P-256' | 'P-384' | 'P-521' | 'X25519';

/** The ECDH-ES curves a user can choose, the default first. */
export const ECDH_CURVE_CHOICES: readonly EcdhCurve[] = ['P-256', 'P-384', 'P-521', 'X25519'];

/** Random bytes behind a generated PBES2 password: 144 bits, 24 base64url characters. */
const PASSWORD_BYTES = 18;

/**
 * A fresh key for a JWE algorithm: a key pair (encrypt with the public key, decrypt with the private
 * one), a symmetric key (the same bytes both ways), or a PBES2 password (text, used as UTF-8).
 */
export type GeneratedJweKey = GeneratedKey | { kind: 'password'; alg: string; password: string };

/** The generated key, or why there is none. */
export type JweKeyGeneration = { ok: true; key: GeneratedJweKey } | { ok: false; error: KeyGenerationError };

/** Options for generateJweKey. */
export interface GenerateJweKeyOptions {
  /** RSA modulus size for RSA-OAEP*; 2048 when not given. */
  modulusBits?: RsaModulusBits;
  /** Curve for ECDH-ES*; P-256 when not given. */
  curve?: EcdhCurve;
}

function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

async function generateFor(alg: string, enc: string, options: GenerateJweKeyOptions): Promise<GeneratedJweKey | null> {
  switch (familyOfJweAlgorithm(alg)) {
    case 'password':
      return { kind: 'password', alg, password: encodeBase64Url(randomBytes(PASSWORD_BYTES)) };
    case 'symmetric': {
      const length = requiredSymmetricKeyBytes(alg, enc);
      if (length === undefined) return null;
      const bytes = randomBytes(length);
      // RFC 7518 §4.5: a `dir` key's `alg` names the content encryption it is for.
      return { kind: 'secret', alg, bytes, jwk: { kty: 'oct', k: encodeBase64Url(bytes), alg: alg === 'dir' ? enc : alg, use: 'enc' } };
    }
    case 'rsa': {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength: options.modulusBits ?? 2048 });
      return exportKeyPair(alg, privateKey, publicKey, 'enc');
    }
    case 'ecdh': {
      const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, crv: options.curve ?? 'P-256' });
      return exportKeyPair(alg, privateKey, publicKey, 'enc');
    }
  }
}

/**
 * Returns a fresh key for the JWE `alg` (and, for `dir`, `enc`) made with WebCrypto through jose: an
 * RSA key of the chosen size, an EC or X25519 key on the chosen curve (PEM and JWK exports, a
 * thumbprint `kid`, `use: "enc"`), AES key bytes of the length alg/enc need, or a random PBES2
 * password. Nothing is stored. Does not check that the engine can encrypt with the key (192-bit AES).
 */
export async function generateJweKey(alg: string, enc: string, options: GenerateJweKeyOptions = {}): Promise<JweKeyGeneration> {
  if (UNAVAILABLE_JWE_ALGORITHMS.has(alg)) return { ok: false, error: { code: 'alg-unsupported', params: { alg } } };
  if (!JWE_KEY_MANAGEMENT_ALGORITHMS.includes(alg)) return { ok: false, error: { code: 'alg-unknown', params: { alg } } };
  try {
    const key = await generateFor(alg, enc, options);
    return key === null ? { ok: false, error: { code: 'alg-unknown', params: { alg, enc } } } : { ok: true, key };
  } catch (error) {
    return generationFailure(error, alg);
  }
}
