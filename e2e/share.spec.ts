import type { Page } from '@playwright/test';
import { base64url, expect, makeToken, test, type DecoderPage, type RequestRecorder } from './fixtures';

// Share links (issue 14): the link lives after `#`, never holds the key box's secret or the
// passphrase, is removed from the address bar once read, and nothing leaves the origin.

const SECRET = 'share-secret-key-9f3a7c';
const PASSPHRASE = 'correct horse battery staple';
const MARKER = 'share-marker-41d2';

async function openShareDialog(decoder: DecoderPage, token: string): Promise<void> {
  await decoder.goto();
  await decoder.fillToken(token);
  await decoder.keyInput.fill(SECRET);
  await expect(decoder.payloadJson).toContainText(MARKER);
  // Its label is in the first load's texts: the button is there before the dialog's texts are fetched.
  await expect(decoder.page.getByTestId('share-button')).toHaveText('Share');
  await decoder.page.getByTestId('share-button').click();
  await expect(decoder.page.getByTestId('share-dialog')).toBeVisible();
}

async function linkText(page: Page): Promise<string> {
  const link = page.getByTestId('share-link');
  await expect(link).toBeVisible({ timeout: 20_000 });
  const text = (await link.textContent()) ?? '';
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(base64url(SECRET));
  expect(text).not.toContain(PASSPHRASE);
  return text;
}

function expectNothingOffOrigin(recorder: RequestRecorder, page: Page): void {
  expect(recorder.offOrigin(new URL(page.url()).origin)).toEqual([]);
}

function addressOf(page: Page): Promise<string> {
  return page.evaluate(() => window.location.href);
}

test('an unsigned link opens decoded in a fresh page without the signature, and leaves the address bar', async ({ decoder, page, context, recorder }) => {
  const token = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'alice', marker: MARKER }, SECRET);
  await openShareDialog(decoder, token);
  await expect(page.getByTestId('share-mode')).toHaveValue('unsigned');
  const fragment = await linkText(page);
  const signature = token.split('.')[2] ?? '';
  expect(fragment).not.toContain(signature);
  expect(fragment.startsWith('share=1&m=unsigned&t=')).toBe(true);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-dialog')).toBeHidden();

  const fresh = await context.newPage();
  await fresh.goto(`./#${fragment}`);
  await expect(fresh.getByTestId('payload-json')).toContainText(MARKER);
  await expect(fresh.getByTestId('token-input')).toHaveValue(token.slice(0, token.lastIndexOf('.') + 1));
  const address = await addressOf(fresh);
  expect(address).not.toContain('share=');
  expect(address).not.toContain(token.split('.')[1] ?? '');
  expectNothingOffOrigin(recorder, fresh);
});

test('a redacted unsigned link keeps the claim names, not their values', async ({ decoder, page, context }) => {
  const token = makeToken({ alg: 'HS256' }, { sub: 'alice', marker: MARKER }, SECRET);
  await openShareDialog(decoder, token);
  await page.getByTestId('share-redact').check();
  const fragment = await linkText(page);
  const fresh = await context.newPage();
  await fresh.goto(`./#${fragment}`);
  await expect(fresh.getByTestId('payload-json')).toContainText('"marker"');
  await expect(fresh.getByTestId('payload-json')).not.toContainText(MARKER);
});

test('an exact link needs the confirmation that names the expiry', async ({ decoder, page, context, recorder }) => {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  const token = makeToken({ alg: 'HS256' }, { sub: 'alice', exp, marker: MARKER }, SECRET);
  await openShareDialog(decoder, token);
  await page.getByTestId('share-mode').selectOption('exact');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  const confirm = page.getByTestId('share-confirm');
  await expect(page.locator('label').filter({ has: confirm })).toContainText(/valid until .* \(in (59|60) minutes\)/);
  await confirm.check();
  const fragment = await linkText(page);
  expect(fragment).toBe(`share=1&m=exact&t=${token}`);

  const fresh = await context.newPage();
  await fresh.goto(`./#${fragment}`);
  await expect(fresh.getByTestId('token-input')).toHaveValue(token);
  expect(await addressOf(fresh)).not.toContain(token);
  expectNothingOffOrigin(recorder, fresh);
});

test('the exact confirmation says so when the token never expires', async ({ decoder, page }) => {
  await openShareDialog(decoder, makeToken({ alg: 'HS256' }, { sub: 'alice', marker: MARKER }, SECRET));
  await page.getByTestId('share-mode').selectOption('exact');
  await expect(page.locator('label').filter({ has: page.getByTestId('share-confirm') })).toContainText('has no exp: it never expires');
});

test('an encrypted link asks for the passphrase; a wrong one says so, the right one decodes', async ({ decoder, page, context, recorder }) => {
  const token = makeToken({ alg: 'HS256' }, { sub: 'alice', marker: MARKER }, SECRET);
  await openShareDialog(decoder, token);
  await page.getByTestId('share-mode').selectOption('encrypted');
  await page.getByTestId('share-passphrase').fill('short');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  await page.getByTestId('share-passphrase').fill(PASSPHRASE);
  const fragment = await linkText(page);
  expect(fragment).toMatch(/^share=1&m=encrypted&i=600000&s=[\w-]{22}&iv=[\w-]{16}&z=[01]&c=[\w-]+$/);
  for (const part of token.split('.')) expect(fragment).not.toContain(part);

  const fresh = await context.newPage();
  await fresh.goto(`./#${fragment}`);
  const passphrase = fresh.getByTestId('share-unlock-passphrase');
  await expect(passphrase).toBeVisible();
  await expect(passphrase).toHaveAttribute('type', 'password');
  expect(await addressOf(fresh)).not.toContain('share=');
  await passphrase.fill('not the passphrase');
  await fresh.getByTestId('share-unlock').click();
  await expect(fresh.getByText('Wrong passphrase')).toBeVisible({ timeout: 20_000 });
  await passphrase.fill(PASSPHRASE);
  await fresh.getByTestId('share-unlock').click();
  await expect(fresh.getByTestId('payload-json')).toContainText(MARKER, { timeout: 20_000 });
  await expect(fresh.getByTestId('token-input')).toHaveValue(token);
  await expect(passphrase).toHaveCount(0);
  expectNothingOffOrigin(recorder, fresh);
});

test('an OAuth redirect fragment lists its tokens and is stripped', async ({ page, recorder }) => {
  const idToken = makeToken({ alg: 'RS256', kid: 'k' }, { sub: 'id', marker: MARKER });
  const accessToken = makeToken({ alg: 'RS256', kid: 'k' }, { scope: 'read', marker: `${MARKER}-access` });
  await page.goto(`./#id_token=${idToken}&access_token=${accessToken}&token_type=Bearer&state=xyz`);
  await expect(page.getByTestId('token-candidate')).toHaveCount(2);
  await expect(page.getByTestId('payload-json')).toContainText(MARKER);
  const address = await addressOf(page);
  expect(address).not.toContain('id_token');
  expect(address).not.toContain(idToken.split('.')[1] ?? '');
  expectNothingOffOrigin(recorder, page);
});

test('a token in the query string is decoded with a warning, and the query is removed', async ({ page, recorder }) => {
  const token = makeToken({ alg: 'HS256' }, { sub: 'alice', marker: MARKER }, SECRET);
  await page.goto(`./?token=${token}`);
  await expect(page.getByTestId('query-token-warning')).toBeVisible();
  await expect(page.getByTestId('payload-json')).toContainText(MARKER);
  expect(await page.evaluate(() => window.location.search)).toBe('');
  expect(await addressOf(page)).not.toContain(token.split('.')[1] ?? '');
  expectNothingOffOrigin(recorder, page);
});

test('a tampered share link is refused and removed from the address bar', async ({ page }) => {
  await page.goto('./#share=1&m=encrypted&i=1000&s=AQEBAQEBAQEBAQEBAQEBAQ&iv=AgICAgICAgICAgIC&z=1&c=AwMDAwMDAwMDAwMDAwMDAwMDAwMD');
  await expect(page.getByText('This share link was not opened (weak-iterations)')).toBeVisible();
  expect(await addressOf(page)).not.toContain('share=');
});
