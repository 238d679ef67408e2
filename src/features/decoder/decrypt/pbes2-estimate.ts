import { encodeUtf8 } from '../../../core/encoding/utf8';

/** Iterations timed once per hash to calibrate estimates: the count run without the user's say-so. */
export const CALIBRATION_ITERATIONS = 10_000;

// RFC 7518 §4.8: the PBES2 variant names the HMAC hash PBKDF2 iterates.
const HASH_OF_ALG: ReadonlyMap<string, string> = new Map([
  ['PBES2-HS256+A128KW', 'SHA-256'],
  ['PBES2-HS384+A192KW', 'SHA-384'],
  ['PBES2-HS512+A256KW', 'SHA-512'],
]);

const calibrations = new Map<string, Promise<number | null>>();

async function timeIterations(hash: string): Promise<number | null> {
  try {
    const subtle = globalThis.crypto.subtle;
    const password = await subtle.importKey('raw', encodeUtf8('calibration'), 'PBKDF2', false, ['deriveBits']);
    const params = { name: 'PBKDF2', hash, salt: new Uint8Array(16), iterations: CALIBRATION_ITERATIONS };
    const started = performance.now();
    await subtle.deriveBits(params, password, 256);
    return Math.max(performance.now() - started, 0.1);
  } catch {
    return null;
  }
}

/**
 * Returns the milliseconds a PBES2 key derivation of `count` iterations would take in this browser,
 * extrapolated from one timed run of 10,000 per hash (cached); null for an alg that is not PBES2 or
 * where WebCrypto cannot run PBKDF2.
 */
export async function estimatePbes2Milliseconds(alg: string, count: number): Promise<number | null> {
  const hash = HASH_OF_ALG.get(alg);
  if (hash === undefined) return null;
  let calibration = calibrations.get(hash);
  if (calibration === undefined) {
    calibration = timeIterations(hash);
    calibrations.set(hash, calibration);
  }
  const milliseconds = await calibration;
  return milliseconds === null ? null : (milliseconds * count) / CALIBRATION_ITERATIONS;
}
