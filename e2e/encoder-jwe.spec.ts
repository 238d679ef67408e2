import AxeBuilder from '@axe-core/playwright';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { compactDecrypt, compactVerify, decodeProtectedHeader } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The encoder's JWE mode (issue 13, item 5) in the production build: choose alg/enc, generate a key,
// read encoder-token and encoder-decryption-key, and decrypt with jose in Node (independent of the
// app); then "Open in decoder" must carry the decryption key and the decoder must decrypt.
// Hooks: UI contract, "Encoder: JWE" (encoder-mode, encoder-enc, encoder-nest, encoder-decryption-key).

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const JWE_SHAPE = /^[\w-]+\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+$/;

interface Case {
  alg: string;
  enc: string;
  curve?: string;
  /** How the decryption key's text becomes what jose takes. */
  key: 'secret-base64url' | 'password' | 'private-pem';
}

const CASES: Case[] = [
  { alg: 'dir', enc: 'A256GCM', key: 'secret-base64url' },
  { alg: 'RSA-OAEP-256', enc: 'A256GCM', key: 'private-pem' },
  { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', curve: 'P-256', key: 'private-pem' },
  { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', curve: 'X25519', key: 'private-pem' },
  { alg: 'A128KW', enc: 'A128CBC-HS256', key: 'secret-base64url' },
  { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', key: 'password' },
];

function joseKeyOf(text: string, kind: Case['key']) {
  if (kind === 'private-pem') return createPrivateKey(text);
  return kind === 'password' ? new TextEncoder().encode(text) : Buffer.from(text, 'base64url');
}

async function chooseJwe(page: Page, alg: string, enc: string, curve?: string): Promise<void> {
  await page.getByTestId('encoder-mode').selectOption('jwe');
  await page.getByTestId('encoder-alg').selectOption(alg);
  await page.getByTestId('encoder-enc').selectOption(enc);
  if (curve !== undefined) await page.getByTestId('encoder-curve').selectOption(curve);
}

/** Waits for a five-part token made from the current inputs and returns it. */
async function encryptedToken(page: Page): Promise<string> {
  await expect(page.getByTestId('encoder-token')).toHaveText(JWE_SHAPE);
  await expect(page.getByTestId('encoder-open-in-decoder')).toBeEnabled();
  return (await page.getByTestId('encoder-token').textContent()) ?? '';
}

test.describe('encoder: JWE', () => {
  for (const { alg, enc, curve, key } of CASES) {
    test(`${alg} ${enc}${curve === undefined ? '' : ` ${curve}`}: generate, encrypt, decrypt with jose in Node and in the decoder`, async ({ encoder, decoder, recorder, page }) => {
      await encoder.goto();
      await chooseJwe(page, alg, enc, curve);
      await expect(encoder.header).toHaveValue(new RegExp(`"alg": "${alg.replace('+', '\\+')}",\\s*"enc": "${enc}"`));
      await encoder.generateKey();
      const token = await encryptedToken(page);
      await expect(encoder.error).toHaveCount(0);
      await expect(page.getByTestId('encoder-token').locator('[data-part]')).toHaveCount(5);
      expect(decodeProtectedHeader(token)).toMatchObject({ alg, enc });

      const decryptionKey = (await page.getByTestId('encoder-decryption-key').textContent()) ?? '';
      if (key === 'private-pem') {
        expect(decryptionKey).toMatch(/^-----BEGIN PRIVATE KEY-----/);
        // The key box holds the recipient's public key, and it is the public half of the decryption key.
        const publicPem = await encoder.key.inputValue();
        expect(createPublicKey(createPrivateKey(decryptionKey)).export({ type: 'spki', format: 'pem' })).toBe(createPublicKey(publicPem).export({ type: 'spki', format: 'pem' }));
      } else {
        expect(decryptionKey).toBe(await encoder.key.inputValue());
      }
      const payload: unknown = JSON.parse(await encoder.payload.inputValue());
      const { plaintext } = await compactDecrypt(token, joseKeyOf(decryptionKey, key), { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc] });
      expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual(payload);

      await encoder.openInDecoder();
      await expect(decoder.tokenInput).toHaveValue(token);
      await expect(decoder.keyInput).toHaveValue(decryptionKey);
      await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
      await expect(page.getByTestId('plaintext')).toContainText('"name": "John Doe"');
      expect(recorder.offOrigin(ORIGIN)).toEqual([]);
      expect(recorder.cspViolations).toEqual([]);
      expect(recorder.pageErrors).toEqual([]);
    });
  }

  test('sign then encrypt: ES256 inside ECDH-ES+A128KW; the inner token verifies, the decoder decrypts it', async ({ encoder, decoder, page }) => {
    await encoder.goto();
    await chooseJwe(page, 'ECDH-ES+A128KW', 'A128GCM', 'P-384');
    await page.getByTestId('encoder-nest').check();
    await expect(encoder.header).toHaveValue(/"cty": "JWT"/);
    await page.getByTestId('encoder-signing-alg').selectOption('ES256');
    await page.getByTestId('encoder-signing-generate-key').click();
    await expect(page.getByTestId('encoder-signing-public-key')).toHaveText(/^-----BEGIN PUBLIC KEY-----/);
    await encoder.generateKey();
    const token = await encryptedToken(page);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ECDH-ES+A128KW', enc: 'A128GCM', cty: 'JWT' });

    const decryptionKey = (await page.getByTestId('encoder-decryption-key').textContent()) ?? '';
    const { plaintext } = await compactDecrypt(token, createPrivateKey(decryptionKey));
    const inner = new TextDecoder().decode(plaintext);
    const signer = createPublicKey((await page.getByTestId('encoder-signing-public-key').textContent()) ?? '');
    const verified = await compactVerify(inner, signer);
    expect(verified.protectedHeader).toMatchObject({ alg: 'ES256' });
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(JSON.parse(await encoder.payload.inputValue()));

    await encoder.openInDecoder();
    await expect(decoder.keyInput).toHaveValue(decryptionKey);
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted');
  });

  test('controls that do not apply are hidden: JWE hooks only in jwe mode, the inner signing key only when nested', async ({ encoder, page }) => {
    await encoder.goto();
    await expect(page.getByTestId('encoder-mode')).toHaveValue('jws');
    for (const testId of ['encoder-enc', 'encoder-nest', 'encoder-decryption-key']) await expect(page.getByTestId(testId)).toHaveCount(0);
    await page.getByTestId('encoder-mode').selectOption('jwe');
    await expect(page.getByTestId('encoder-public-key')).toHaveCount(0);
    await expect(page.getByTestId('encoder-signing-key')).toHaveCount(0);
    await page.getByTestId('encoder-nest').check();
    await expect(page.getByTestId('encoder-signing-key')).toBeVisible();
  });

  test('192-bit AES reads unsupported in Chromium, not as a key error', async ({ encoder, page }) => {
    await encoder.goto();
    await chooseJwe(page, 'A192KW', 'A256GCM');
    await encoder.generateKey();
    await expect(encoder.errorWithCode('aes-192-unavailable')).toBeVisible();
    await expect(page.getByTestId('encoder-token')).toHaveText('');
  });

  test('jwe mode, nested, with a generated key: no serious axe violation, and nothing overflows 360 px wide', async ({ encoder, page }) => {
    await encoder.goto();
    await chooseJwe(page, 'PBES2-HS512+A256KW', 'A256CBC-HS512');
    await page.getByTestId('encoder-nest').check();
    await encoder.generateKey();
    await page.getByTestId('encoder-signing-key').fill('a-string-secret-at-least-256-bits-long');
    await encryptedToken(page);
    const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
