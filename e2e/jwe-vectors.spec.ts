import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type DecoderPage } from './fixtures';

// JWE conformance through the UI (issue 13): a sample of the public JWE vectors beside the
// repository, pasted into the decoder as a user would (token into token-input, key into key-input,
// `secret-encoding` set for base64url secrets), judged by the UI contract's decryption hooks. The
// whole set runs through the app's own code in Node (src/core/crypto/decrypt-jwe.vectors.test.ts);
// here every alg and enc once, every key format, a few refusals, and every 192-bit AES case.

const VECTORS_DIR = resolve(import.meta.dirname, '..', '..', 'shared', 'vectors', 'jwe');
const present = existsSync(VECTORS_DIR) && readdirSync(VECTORS_DIR).some((file) => file.endsWith('.json'));
// CI sets this: there a missing vectors folder fails instead of skipping.
const required = process.env.REQUIRE_SHARED_VECTORS === '1';

interface JweVector {
  file: string;
  id: string;
  token: string;
  key: { format: 'jwk' | 'jwks' | 'pem-pkcs8' | 'secret-utf8' | 'secret-base64url'; value: string };
  expect: { decrypt: 'ok' | 'fail'; plaintext?: string };
  alg: string | null;
  enc: string | null;
  unsupported?: string;
  needs?: string[];
  rule?: string;
}

function loadVectors(): JweVector[] {
  if (!present) return [];
  return readdirSync(VECTORS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => ((JSON.parse(readFileSync(join(VECTORS_DIR, file), 'utf8')) as { cases?: Omit<JweVector, 'file'>[] }).cases ?? []).map((vector) => ({ ...vector, file })));
}

const vectors = loadVectors();
const needsAes192 = (vector: JweVector) => vector.needs?.includes('aes-192') === true;

/**
 * The `ok` cases Chromium can decrypt, chosen in file order so that every alg, every enc and every
 * key format appears at least once, plus the compressed and the nested ones.
 */
function sampleDecrypting(): JweVector[] {
  const seen = new Set<string>();
  const picked: JweVector[] = [];
  for (const vector of vectors) {
    if (vector.expect.decrypt !== 'ok' || vector.unsupported !== undefined || needsAes192(vector)) continue;
    const traits = [`alg:${vector.alg}`, `enc:${vector.enc}`, `format:${vector.key.format}`, ...(vector.needs ?? []).map((need) => `needs:${need}`), ...(vector.id.startsWith('rfc7520-6') ? ['nested'] : [])];
    if (traits.every((trait) => seen.has(trait))) continue;
    for (const trait of traits) seen.add(trait);
    picked.push(vector);
  }
  return picked;
}

/** A few `fail` cases of each kind: wrong key or tampered token, each policy refusal, RSA1_5. */
function sampleFailing(): JweVector[] {
  const failing = vectors.filter((vector) => vector.expect.decrypt === 'fail' && !needsAes192(vector));
  const first = (predicate: (vector: JweVector) => boolean) => failing.find(predicate);
  const picks = [
    first((vector) => /wrong/.test(vector.id) && vector.rule === undefined && vector.unsupported === undefined),
    first((vector) => /tag|ciphertext|tamper|flip/.test(vector.id) && vector.rule === undefined && vector.unsupported === undefined),
    first((vector) => /public/.test(vector.id)),
    ...['crit', 'pbes2-count-limit', 'jwk-alg', 'zip-size-limit'].map((rule) => first((vector) => vector.rule === rule)),
    first((vector) => vector.unsupported === 'RSA1_5'),
  ];
  return [...new Set(picks.filter((vector): vector is JweVector => vector !== undefined))];
}

const decrypting = sampleDecrypting();
const failing = sampleFailing();
const aes192 = vectors.filter(needsAes192);

/** The plaintext as the vector states it: parsed when it is JSON (the UI pretty-prints JSON). */
function expectedPlaintext(text: string): { json: unknown } | { text: string } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return { text };
  }
}

/** Decryption hooks of the UI contract's second set. */
function hooks(page: Page): { status: Locator; reason: Locator; plaintext: Locator } {
  return { status: page.getByTestId('decrypt-status'), reason: page.getByTestId('decrypt-reason'), plaintext: page.getByTestId('plaintext') };
}

/**
 * Puts the vector's token in with an empty key box, sets the secret encoding its key format needs,
 * pastes its key, and waits until decryption settles; returns the `decrypt-status` it settled to.
 */
async function decryptThroughUi(decoder: DecoderPage, vector: JweVector): Promise<string | null> {
  const { status } = hooks(decoder.page);
  await decoder.fillKey('');
  await decoder.fillToken(vector.token);
  await decoder.secretEncoding.selectOption(vector.key.format === 'secret-base64url' ? 'base64url' : 'utf8');
  await expect(status, `${vector.id}: a JWE without a key`).toHaveAttribute('data-status', 'no-key');
  await decoder.pasteKey(vector.key.value);
  await expect(status, `${vector.id}: decryption settles`).not.toHaveAttribute('data-status', /^(no-key|pending)$/, { timeout: 15_000 });
  return status.getAttribute('data-status');
}

/** Counts of the checked cases per source file and per alg, for the closing note. */
function tally(checked: readonly JweVector[]): string {
  const count = (key: (vector: JweVector) => string) => {
    const counts = new Map<string, number>();
    for (const vector of checked) counts.set(key(vector), (counts.get(key(vector)) ?? 0) + 1);
    return [...counts].map(([name, n]) => `${name} ${n}`).join(', ');
  };
  return `${checked.length} cases; per source: ${count((vector) => vector.file.replace(/\.json$/, ''))}; per alg: ${count((vector) => vector.alg ?? 'none')}`;
}

test.describe('JWE conformance vectors through the decoder', () => {
  test.skip(!present && !required, `no JWE conformance vectors at ${VECTORS_DIR}`);

  test.beforeEach(async ({ decoder }) => {
    expect(present, `REQUIRE_SHARED_VECTORS=1 but there are no JWE conformance vectors (*.json) at ${VECTORS_DIR}`).toBe(true);
    await decoder.goto();
  });

  test('one ok case of every alg, enc and key format decrypts to the expected plaintext', async ({ decoder, page }, testInfo) => {
    test.setTimeout(90_000);
    const algs = new Set(vectors.filter((vector) => vector.expect.decrypt === 'ok' && vector.unsupported === undefined && !needsAes192(vector)).map((vector) => vector.alg));
    expect(new Set(decrypting.map((vector) => vector.alg))).toEqual(algs);
    const { plaintext } = hooks(page);
    for (const vector of decrypting) {
      await test.step(vector.id, async () => {
        expect(await decryptThroughUi(decoder, vector), vector.id).toBe('decrypted');
        const shown = (await plaintext.textContent()) ?? '';
        const wanted = expectedPlaintext(vector.expect.plaintext ?? '');
        if ('json' in wanted) expect(JSON.parse(shown) as unknown, vector.id).toEqual(wanted.json);
        else expect(shown, vector.id).toBe(wanted.text);
      });
    }
    testInfo.annotations.push({ type: 'decrypted', description: tally(decrypting) });
  });

  test('wrong keys, tampered tokens, refusals and RSA1_5 never decrypt', async ({ decoder, page }, testInfo) => {
    test.setTimeout(60_000);
    expect(failing.length).toBeGreaterThanOrEqual(5);
    const { plaintext, reason } = hooks(page);
    for (const vector of failing) {
      await test.step(vector.id, async () => {
        const status = await decryptThroughUi(decoder, vector);
        expect(status, `${vector.id} (${await reason.getAttribute('data-reason')})`).toMatch(/^(failed|unsupported)$/);
        if (vector.unsupported !== undefined) expect(status, vector.id).toBe('unsupported');
        await expect(plaintext).toHaveCount(0);
      });
    }
    testInfo.annotations.push({ type: 'refused', description: tally(failing) });
  });

  test('every 192-bit AES case reads unsupported in Chromium', async ({ decoder, page, browserName }, testInfo) => {
    test.skip(browserName !== 'chromium', 'only Chromium lacks 192-bit AES');
    test.setTimeout(60_000);
    expect(aes192.length).toBeGreaterThan(0);
    const { plaintext } = hooks(page);
    for (const vector of aes192) {
      await test.step(vector.id, async () => {
        expect(await decryptThroughUi(decoder, vector), vector.id).toBe('unsupported');
        await expect(plaintext).toHaveCount(0);
      });
    }
    testInfo.annotations.push({ type: 'unsupported', description: tally(aes192) });
  });
});
