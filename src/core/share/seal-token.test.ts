import { describe, expect, it } from 'vitest';
import { openSealedToken, sealToken } from './seal-token';
import { formatShareFragment, MIN_PBKDF2_ITERATIONS, parseShareFragment } from './share-link';

const TOKEN = `eyJhbGciOiJIUzI1NiJ9.${'eyJzdWIiOiIxMjM0NTY3ODkwIn0'.repeat(20)}.c2ln`;
// Fewer iterations keep the suite fast; the default is checked once below.
const FAST = 1_000;

describe('sealToken / openSealedToken', () => {
  it('uses at least 600,000 iterations, a fresh 16-byte salt and 12-byte IV, and compresses', async () => {
    const [first, second] = await Promise.all([sealToken(TOKEN, 'correct horse'), sealToken(TOKEN, 'correct horse')]);
    expect(first.iterations).toBe(MIN_PBKDF2_ITERATIONS);
    expect(first.salt).toHaveLength(16);
    expect(first.iv).toHaveLength(12);
    expect(first.compressed).toBe(true);
    expect(first.ciphertext.length).toBeLessThan(TOKEN.length);
    expect(first.salt).not.toEqual(second.salt);
    expect(first.iv).not.toEqual(second.iv);
    expect(await openSealedToken(first, 'correct horse')).toEqual({ ok: true, token: TOKEN });
  });

  it.each([
    ['the right passphrase', 'correct horse', { ok: true, token: TOKEN }],
    ['a wrong passphrase', 'correct hors', { ok: false, error: { code: 'wrong-passphrase' } }],
    ['an empty passphrase', '', { ok: false, error: { code: 'wrong-passphrase' } }],
  ])('opens with %s', async (_name, passphrase, expected) => {
    const sealed = await sealToken(TOKEN, 'correct horse', FAST);
    expect(await openSealedToken(sealed, passphrase)).toEqual(expected);
  });

  it('says a changed ciphertext is a wrong passphrase (GCM cannot tell them apart)', async () => {
    const sealed = await sealToken(TOKEN, 'correct horse', FAST);
    const ciphertext = sealed.ciphertext.slice();
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    expect(await openSealedToken({ ...sealed, ciphertext }, 'correct horse')).toEqual({ ok: false, error: { code: 'wrong-passphrase' } });
  });

  it('round-trips through a fragment that never holds the passphrase or the token', async () => {
    const sealed = await sealToken(TOKEN, 'correct horse', MIN_PBKDF2_ITERATIONS);
    const formatted = formatShareFragment({ mode: 'encrypted', sealed });
    expect(formatted.ok).toBe(true);
    if (!formatted.ok) return;
    expect(formatted.fragment).not.toContain('correct');
    expect(formatted.fragment).not.toContain('eyJ');
    const parsed = parseShareFragment(formatted.fragment);
    expect(parsed.ok && parsed.link.mode === 'encrypted' && (await openSealedToken(parsed.link.sealed, 'correct horse'))).toEqual({ ok: true, token: TOKEN });
  });
});
