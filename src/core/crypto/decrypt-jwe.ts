import { compactDecrypt } from 'jose';
import type { SecretEncoding } from '../keys/decode-secret';
import { detectAes192 } from './detect-aes-192';
import {
  DEFAULT_MAX_PBES2_COUNT,
  JWE_CONTENT_ENCRYPTION_ALGORITHMS,
  JWE_KEY_MANAGEMENT_ALGORITHMS,
  UNAVAILABLE_JWE_ALGORITHMS,
  usesAes192,
} from './jwe-algorithms';
import { failJwe, type JweDecrypted, type JweDecryption, type JweDecryptionFailure } from './jwe-decryption';
import { readCompactJwe, type CompactJwe } from './read-compact-jwe';
import { readDecryptionKey, type DecryptionKeyCandidate } from './read-decryption-key';

/** How to read the key input and how far to go. */
export interface DecryptJweOptions {
  secretEncoding: SecretEncoding;
  /** A PBES2 iteration count the user agreed to run, above the default limit of 10,000. */
  allowPbes2Count?: number;
}

/** Inflated plaintext above this is refused: a few KB of DEFLATE can claim gigabytes. */
export const MAX_INFLATED_BYTES = 10 * 1024 * 1024;

// jose has no error code for its decompression limit; its message is the only sign (pinned by the tests).
const INFLATE_LIMIT_MESSAGE = 'exceeded the configured limit';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function nameOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}

/** Refusals that need the header only: unknown or unavailable algorithms, zip, the PBES2 count, 192-bit AES. */
async function checkSupport(jwe: CompactJwe, options: DecryptJweOptions): Promise<JweDecryptionFailure | null> {
  const { alg, enc, header } = jwe;
  if (UNAVAILABLE_JWE_ALGORITHMS.has(alg)) return failJwe('unsupported', 'alg-unsupported', { alg });
  if (!JWE_KEY_MANAGEMENT_ALGORITHMS.includes(alg)) return failJwe('unsupported', 'alg-unknown', { alg });
  if (!JWE_CONTENT_ENCRYPTION_ALGORITHMS.includes(enc)) return failJwe('unsupported', 'enc-unknown', { enc });
  if (header.zip !== undefined && header.zip !== 'DEF') return failJwe('unsupported', 'zip-unsupported', { zip: JSON.stringify(header.zip) });
  if (header.zip === 'DEF' && typeof DecompressionStream === 'undefined') return failJwe('unsupported', 'zip-unavailable', {});
  if (alg.startsWith('PBES2')) {
    const p2c = header.p2c;
    if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) return failJwe('malformed', 'p2c-invalid', { alg });
    const maxCount = maxPbes2Count(options);
    if (p2c > maxCount) return failJwe('pbes2-count-refused', 'p2c-too-large', { alg, p2c, maxCount });
  }
  if (usesAes192(alg, enc) && !(await detectAes192())) return failJwe('unsupported', 'aes-192-unavailable', { alg, enc });
  return null;
}

function maxPbes2Count(options: DecryptJweOptions): number {
  return Math.max(DEFAULT_MAX_PBES2_COUNT, options.allowPbes2Count ?? 0);
}

function mapDecryptError(error: unknown, jwe: CompactJwe, keysTried: number): JweDecryptionFailure {
  const { alg, enc } = jwe;
  const code = codeOf(error);
  // RFC 7516 §11.5: after a failed unwrap jose goes on with a random CEK, so a wrong key and a modified token fail alike.
  if (code === 'ERR_JWE_DECRYPTION_FAILED') return failJwe('wrong-key-or-tampered', 'wrong-key', { alg, enc, keysTried }, { cause: error });
  if (code === 'ERR_JWE_INVALID' && jwe.header.zip === 'DEF' && messageOf(error).includes(INFLATE_LIMIT_MESSAGE)) {
    return failJwe('zip-too-large', 'zip-too-large', { maxBytes: MAX_INFLATED_BYTES }, { cause: error });
  }
  if (code === 'ERR_JOSE_NOT_SUPPORTED' || nameOf(error) === 'NotSupportedError') {
    return failJwe('unsupported', 'decryption-unsupported', { alg, enc, errorName: nameOf(error) }, { cause: error });
  }
  return failJwe('malformed', 'jwe-invalid', { alg, enc, errorName: code ?? nameOf(error) }, { cause: error });
}

async function tryKey(jwe: CompactJwe, candidate: DecryptionKeyCandidate, options: DecryptJweOptions): Promise<{ ok: true; plaintext: Uint8Array } | { ok: false; error: unknown }> {
  try {
    const { plaintext } = await compactDecrypt(jwe.token, candidate.key, {
      keyManagementAlgorithms: [jwe.alg],
      contentEncryptionAlgorithms: [jwe.enc],
      maxPBES2Count: maxPbes2Count(options),
      maxDecompressedLength: MAX_INFLATED_BYTES,
    });
    return { ok: true, plaintext };
  } catch (error) {
    return { ok: false, error };
  }
}

function decrypted(jwe: CompactJwe, plaintext: Uint8Array, candidate: DecryptionKeyCandidate): JweDecrypted {
  const result: JweDecrypted = { status: 'decrypted', plaintext, alg: jwe.alg, enc: jwe.enc };
  if (candidate.member !== undefined) result.keyUsed = candidate.member;
  if (jwe.header.zip === 'DEF') {
    const compressedBytes = jwe.ciphertextBytes;
    result.zip = { compressedBytes, inflatedBytes: plaintext.length, ratio: compressedBytes === 0 ? 0 : plaintext.length / compressedBytes };
  }
  return result;
}

/**
 * Returns the plaintext of a compact JWE decrypted with the key input (a secret or PBES2 password,
 * an `oct` JWK, a private RSA / EC / X25519 key, or a JWK Set whose fitting members are tried in
 * turn), or why not, as data: never throws. The header alone decides `malformed`, `unsupported`
 * (RSA1_5, unknown alg/enc, 192-bit AES the engine lacks) and `pbes2-count-refused` (p2c above
 * 10,000 unless `allowPbes2Count` covers it) before any key is read. Does not parse or judge the
 * plaintext (a nested JWS or JWT is the caller's to decode).
 */
export async function decryptJwe(token: string, keyText: string, options: DecryptJweOptions): Promise<JweDecryption> {
  const reading = readCompactJwe(token);
  if (!reading.ok) return reading.failure;
  const { jwe } = reading;
  const refusal = await checkSupport(jwe, options);
  if (refusal !== null) return refusal;
  const keys = await readDecryptionKey(keyText, jwe, options.secretEncoding);
  if (!keys.ok) return keys.failure;

  const failures: JweDecryptionFailure[] = [];
  for (const candidate of keys.candidates) {
    const attempt = await tryKey(jwe, candidate, options);
    if (attempt.ok) return decrypted(jwe, attempt.plaintext, candidate);
    const failure = mapDecryptError(attempt.error, jwe, keys.candidates.length);
    // A token fault is the same for every key; only a key fault is worth trying the next member for.
    if (failure.status !== 'wrong-key-or-tampered' && failure.status !== 'unsupported') return failure;
    failures.push(failure);
  }
  return failures.find((failure) => failure.status === 'wrong-key-or-tampered') ?? failures[0] ?? failJwe('key-mismatch', 'jwks-no-matching-key', { alg: jwe.alg });
}
