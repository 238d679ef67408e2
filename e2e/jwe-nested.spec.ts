import { generateKeyPairSync, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CompactEncrypt, SignJWT } from 'jose';
import { expect, test } from './fixtures';

// The nested token (issue 13, item 3) in the production build: a JWE whose plaintext is a signed
// JWS, decrypted in the decoder, its inner token shown and verified with a key of its own. Hooks:
// docs/ui-contract.md, "Decoder: JWE" (nested-token, nested-header-json, nested-payload-json,
// nested-key-input, nested-verify-status) and the project's own nested-edit-in-encoder.

const NOW = Math.floor(Date.now() / 1000);
const INNER_SECRET = 'the-inner-tokens-hs256-secret-32b';
const OTHER_SECRET = 'another-hs256-secret-of-32-bytes!';

/** A 256-bit content encryption key for `dir` + A256GCM, and the JWK the key box takes for it. */
function directKey() {
  const bytes = randomBytes(32);
  return { bytes, jwk: JSON.stringify({ kty: 'oct', k: bytes.toString('base64url') }) };
}

/** Encrypts the inner JWS with `dir` and A256GCM; `cty: JWT` only when asked (the plaintext is a JWS either way). */
function encryptNested(inner: string, key: Uint8Array, cty?: 'JWT'): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', ...(cty ? { cty } : {}) }).encrypt(key);
}

function signHs256(claims: Record<string, unknown>, secret = INNER_SECRET): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

function nested(page: Page) {
  const region = page.getByTestId('nested-token');
  return {
    region,
    header: region.getByTestId('nested-header-json'),
    payload: region.getByTestId('nested-payload-json'),
    keyInput: region.getByTestId('nested-key-input'),
    status: region.getByTestId('nested-verify-status'),
  };
}

test.describe('a JWE whose plaintext is a signed token', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('shows the inner HS256 token and verifies it with its own key: no key, valid, then invalid', async ({ decoder, page }) => {
    const key = directKey();
    const inner = await signHs256({ sub: 'inner-user', iss: 'https://issuer.example', exp: NOW + 3600 });
    await decoder.pasteToken(await encryptNested(inner, key.bytes, 'JWT'));
    await decoder.pasteKey(key.jwk);

    const token = nested(page);
    await expect(token.region).toBeVisible();
    await expect(token.region).toContainText(/confidentiality/);
    await expect(token.payload).toContainText('"sub": "inner-user"');
    await expect(token.header).toContainText('"alg": "HS256"');
    // The outer token keeps the page's own hooks: one header-json, the outer JWE's.
    await expect(page.getByTestId('header-json')).toHaveCount(1);
    await expect(page.getByTestId('header-json')).toContainText('"enc": "A256GCM"');
    await expect(token.status).toHaveAttribute('data-status', 'no-key');

    await token.keyInput.fill(INNER_SECRET);
    await expect(token.status).toHaveAttribute('data-status', 'valid');
    await token.keyInput.fill(OTHER_SECRET);
    await expect(token.status).toHaveAttribute('data-status', 'invalid');
  });

  test('"Edit in encoder" of the inner token carries it with its own secret: re-signing gives the inner token', async ({ decoder, encoder, page }) => {
    const key = directKey();
    const inner = await signHs256({ sub: 'inner-user', exp: NOW + 3600 });
    await decoder.pasteToken(await encryptNested(inner, key.bytes, 'JWT'));
    await decoder.pasteKey(key.jwk);
    const token = nested(page);
    await token.keyInput.fill(INNER_SECRET);
    await expect(token.status).toHaveAttribute('data-status', 'valid');
    await token.region.getByTestId('nested-edit-in-encoder').click();
    await expect(encoder.key).toHaveValue(INNER_SECRET);
    expect(await encoder.signedToken()).toBe(inner);
  });

  test('shows an inner RS256 token without cty and verifies it with the public key', async ({ decoder, page }) => {
    const key = directKey();
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
    const inner = await new SignJWT({ sub: 'rsa-user' }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    await decoder.pasteToken(await encryptNested(inner, key.bytes));
    await decoder.pasteKey(key.jwk);

    const token = nested(page);
    await expect(token.payload).toContainText('"sub": "rsa-user"');
    await expect(token.status).toHaveAttribute('data-status', 'no-key');
    await token.keyInput.fill(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await expect(token.status).toHaveAttribute('data-status', 'valid');
    await token.keyInput.fill(other.export({ type: 'spki', format: 'pem' }).toString());
    await expect(token.status).toHaveAttribute('data-status', 'invalid');
  });

  test('keeps the inner key out of the link and the storage, and forgets it for another outer token', async ({ decoder, page }) => {
    const key = directKey();
    await decoder.pasteToken(await encryptNested(await signHs256({ sub: 'first' }), key.bytes, 'JWT'));
    await decoder.pasteKey(key.jwk);
    const token = nested(page);
    await token.keyInput.fill(INNER_SECRET);
    await expect(token.status).toHaveAttribute('data-status', 'valid');

    expect(page.url()).not.toContain(INNER_SECRET);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(INNER_SECRET);

    await decoder.pasteToken(await encryptNested(await signHs256({ sub: 'second' }), key.bytes, 'JWT'));
    await expect(token.payload).toContainText('"sub": "second"');
    await expect(token.keyInput).toHaveValue('');
    await expect(token.status).toHaveAttribute('data-status', 'no-key');
  });

  test('says it in Korean, and the inner token has no serious accessibility problem', async ({ decoder, page }) => {
    const key = directKey();
    await decoder.chooseLanguage('ko');
    await decoder.pasteToken(await encryptNested(await signHs256({ sub: 'ko-user', exp: NOW + 60 }), key.bytes, 'JWT'));
    await decoder.pasteKey(key.jwk);
    const token = nested(page);
    await expect(token.region).toContainText('기밀성');
    await token.keyInput.fill(INNER_SECRET);
    await expect(token.status).toHaveAttribute('data-status', 'valid');
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="nested-token"]').analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
});
