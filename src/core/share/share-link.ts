import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';

/** What a share link carries: no token, the token without its signature, the exact token, or the token sealed under a passphrase. */
export type ShareMode = 'view' | 'unsigned' | 'exact' | 'encrypted';

export const SHARE_MODES: readonly ShareMode[] = ['view', 'unsigned', 'exact', 'encrypted'];

/** A token sealed under a passphrase: PBKDF2-SHA-256 → AES-256-GCM, optionally deflated first. */
export interface SealedToken {
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  /** Whether the plaintext was compressed with deflate-raw before encryption. */
  compressed: boolean;
}

export type ShareLink =
  | { mode: 'view' }
  | { mode: 'unsigned' | 'exact'; token: string }
  | { mode: 'encrypted'; sealed: SealedToken };

export type ShareLinkError =
  | { code: 'too-large'; length: number; limit: number }
  | { code: 'not-a-share-link' }
  | { code: 'unsupported-version'; version: string }
  | { code: 'unknown-mode'; mode: string }
  | { code: 'malformed'; field: string }
  | { code: 'weak-iterations'; iterations: number };

export type ShareFragmentResult = { ok: true; fragment: string } | { ok: false; error: ShareLinkError };
export type ShareLinkResult = { ok: true; link: ShareLink } | { ok: false; error: ShareLinkError };

/** Every share fragment starts with this (after `#`); routes start with `/`, so the router never takes one for a path. */
export const SHARE_PREFIX = 'share=';
export const SHARE_VERSION = '1';
/** Longest fragment written or read: links pasted into chat and tickets get cut beyond a few kB. */
export const MAX_SHARE_FRAGMENT_CHARS = 8192;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; a link asking for fewer is refused. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** A link asking for more would hang the tab that opens it. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

const TOKEN_CHARACTERS = /^[A-Za-z0-9_\-.]+$/;

/** Returns the fragment (without `#`) for `link`, or `too-large`, or `malformed` for a token with characters a compact token never has; does not check that the token decodes. */
export function formatShareFragment(link: ShareLink): ShareFragmentResult {
  const fields: [string, string][] = [['share', SHARE_VERSION], ['m', link.mode]];
  if (link.mode === 'unsigned' || link.mode === 'exact') {
    if (!TOKEN_CHARACTERS.test(link.token)) return { ok: false, error: { code: 'malformed', field: 't' } };
    fields.push(['t', link.token]);
  }
  if (link.mode === 'encrypted') {
    const { sealed } = link;
    fields.push(
      ['i', String(sealed.iterations)],
      ['s', encodeBase64Url(sealed.salt)],
      ['iv', encodeBase64Url(sealed.iv)],
      ['z', sealed.compressed ? '1' : '0'],
      ['c', encodeBase64Url(sealed.ciphertext)],
    );
  }
  const fragment = fields.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, error: { code: 'too-large', length: fragment.length, limit: MAX_SHARE_FRAGMENT_CHARS } };
  return { ok: true, fragment };
}

/** Whether a location hash (with or without `#`) is a share link, judged by its prefix only. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(SHARE_PREFIX);
}

function readBytes(fields: Map<string, string>, name: string, length?: number): Uint8Array | null {
  const text = fields.get(name);
  if (text === undefined) return null;
  const decoded = decodeBase64Url(text);
  if (!decoded.ok || decoded.notes.length > 0) return null;
  if (length !== undefined && decoded.bytes.length !== length) return null;
  return decoded.bytes;
}

/** Returns the link a fragment (with or without `#`) carries, or why it is refused; does not decrypt or decode the token. */
export function parseShareFragment(hash: string): ShareLinkResult {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, error: { code: 'not-a-share-link' } };
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, error: { code: 'too-large', length: fragment.length, limit: MAX_SHARE_FRAGMENT_CHARS } };
  const fields = new Map<string, string>();
  for (const pair of fragment.split('&')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {
      return { ok: false, error: { code: 'malformed', field: pair.slice(0, at) } };
    }
    fields.set(pair.slice(0, at), value);
  }
  const version = fields.get('share') ?? '';
  if (version !== SHARE_VERSION) return { ok: false, error: { code: 'unsupported-version', version } };
  const mode = fields.get('m') ?? '';
  switch (mode) {
    case 'view':
      return { ok: true, link: { mode } };
    case 'unsigned':
    case 'exact': {
      const token = fields.get('t') ?? '';
      if (!TOKEN_CHARACTERS.test(token)) return { ok: false, error: { code: 'malformed', field: 't' } };
      return { ok: true, link: { mode, token } };
    }
    case 'encrypted': {
      const iterationsText = fields.get('i') ?? '';
      if (!/^[0-9]{1,9}$/.test(iterationsText)) return { ok: false, error: { code: 'malformed', field: 'i' } };
      const iterations = Number(iterationsText);
      if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) return { ok: false, error: { code: 'weak-iterations', iterations } };
      const salt = readBytes(fields, 's', SALT_BYTES);
      if (!salt) return { ok: false, error: { code: 'malformed', field: 's' } };
      const iv = readBytes(fields, 'iv', IV_BYTES);
      if (!iv) return { ok: false, error: { code: 'malformed', field: 'iv' } };
      const ciphertext = readBytes(fields, 'c');
      // 16 bytes is the GCM tag alone.
      if (!ciphertext || ciphertext.length <= 16) return { ok: false, error: { code: 'malformed', field: 'c' } };
      const z = fields.get('z');
      if (z !== '0' && z !== '1') return { ok: false, error: { code: 'malformed', field: 'z' } };
      return { ok: true, link: { mode, sealed: { iterations, salt, iv, ciphertext, compressed: z === '1' } } };
    }
    default:
      return { ok: false, error: { code: 'unknown-mode', mode } };
  }
}
