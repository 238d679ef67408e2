import { concatBytes } from '../keys/der';
import { IV_BYTES, MIN_PBKDF2_ITERATIONS, SALT_BYTES, type SealedToken } from './share-link';
import { encodeUtf8 } from '../encoding/utf8';

/** Largest token an opened link may inflate to: a deflate bomb stops here. */
export const MAX_OPENED_TOKEN_BYTES = 1_000_000;

export type OpenSealedResult =
  | { ok: true; token: string }
  | { ok: false; error: { code: 'wrong-passphrase' } | { code: 'too-large'; limit: number } | { code: 'unsupported'; what: 'decompression' } | { code: 'not-text' } };

// WebCrypto wants an ArrayBuffer-backed view; a Uint8Array<ArrayBufferLike> may be shared memory as far as TS knows.
function toBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number, usage: KeyUsage): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encodeUtf8(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: toBuffer(salt), iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** Pushes `bytes` through a (de)compression stream, stopping once the output passes `limit`. */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  void writer.write(toBuffer(bytes)).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}

/**
 * Returns `token` deflated (when CompressionStream exists) and encrypted with AES-256-GCM under a key
 * derived from `passphrase` (PBKDF2-SHA-256, fresh 16-byte salt and 12-byte IV); does not judge the
 * passphrase's strength. The passphrase itself is never part of the result.
 */
export async function sealToken(token: string, passphrase: string, iterations = MIN_PBKDF2_ITERATIONS): Promise<SealedToken> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plain = encodeUtf8(token);
  const compressed = typeof CompressionStream === 'function' ? await transform(plain, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY) : null;
  const key = await deriveKey(passphrase, salt, iterations, 'encrypt');
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, toBuffer(compressed ?? plain)));
  return { iterations, salt, iv, ciphertext, compressed: compressed !== null };
}

/** Returns the token a sealed link holds, or `wrong-passphrase` when the GCM tag does not match (a wrong passphrase or a changed link: they look the same). */
export async function openSealedToken(sealed: SealedToken, passphrase: string): Promise<OpenSealedResult> {
  const key = await deriveKey(passphrase, sealed.salt, sealed.iterations, 'decrypt');
  let opened: Uint8Array;
  try {
    opened = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: toBuffer(sealed.iv) }, key, toBuffer(sealed.ciphertext)));
  } catch {
    return { ok: false, error: { code: 'wrong-passphrase' } };
  }
  if (sealed.compressed) {
    if (typeof DecompressionStream !== 'function') return { ok: false, error: { code: 'unsupported', what: 'decompression' } };
    let inflated: Uint8Array | null;
    try {
      inflated = await transform(opened, new DecompressionStream('deflate-raw'), MAX_OPENED_TOKEN_BYTES);
    } catch {
      return { ok: false, error: { code: 'not-text' } };
    }
    if (inflated === null) return { ok: false, error: { code: 'too-large', limit: MAX_OPENED_TOKEN_BYTES } };
    opened = inflated;
  }
  try {
    return { ok: true, token: new TextDecoder('utf-8', { fatal: true }).decode(opened) };
  } catch {
    return { ok: false, error: { code: 'not-text' } };
  }
}
