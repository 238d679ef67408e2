import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';

// The pictures in README.md, made from the production build: one PNG per view in docs/screenshots/.
// Each test first checks what a user would see on that view, so a broken view fails here instead of
// being photographed.

/** The secret of the example token behind the `example-button` (docs/ui-contract.md). */
const EXAMPLE_SECRET = 'jwt-inspector-example-secret';
const ENCODER_SECRET = 'a-string-secret-at-least-256-bits-long';

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });

test.beforeEach(async ({ page }) => {
  // Fixed time, so countdowns and relative dates read the same on every run.
  await page.clock.setFixedTime(new Date('2026-01-01T12:00:00Z'));
});

/** Writes the viewport as docs/screenshots/<view>.png, with no focus ring, caret or animation. */
async function saveScreenshot(page: Page, testInfo: TestInfo, view: string): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const root = testInfo.config.configFile ? join(testInfo.config.configFile, '..') : process.cwd();
  const dir = join(root, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${view}.png`), animations: 'disabled', caret: 'hide' });
}

test.describe('screenshots of each view (docs/screenshots/)', () => {
  test('decoder: the example token verified with its secret', async ({ page, decoder }, testInfo) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await decoder.fillKey(EXAMPLE_SECRET);
    await expect(decoder.parts()).toHaveCount(3);
    await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'secret');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await expect(page.getByTestId('time-status')).toHaveAttribute('data-status', 'active');
    await expect(page.getByTestId('claim-row').and(page.locator('[data-claim="exp"]'))).toBeVisible();
    await saveScreenshot(page, testInfo, 'decoder');
  });

  test('findings and the audit: the example secret is a published one', async ({ page, decoder, findings }, testInfo) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await decoder.fillKey(EXAMPLE_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    // The audit finds the example's own secret among the famous defaults, and the findings say so.
    const hit = page.getByTestId('secret-audit-hit');
    await expect(hit).toHaveAttribute('data-source', 'famous-defaults', { timeout: 30_000 });
    await expect(hit).toContainText(EXAMPLE_SECRET);
    await expect(findings.rule('hmac-weak-secret')).toHaveCount(1, { timeout: 10_000 });
    // The example's own secret is public on purpose: said at info, not as an alarm.
    await expect(findings.rule('hmac-weak-secret')).toHaveAttribute('data-severity', 'info');
    await expect(findings.rule('missing-aud')).toHaveCount(1);
    await page.getByTestId('findings').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, testInfo, 'findings');
  });

  test('encoder: an HS256 token signed with a typed secret', async ({ page, encoder }, testInfo) => {
    await encoder.goto();
    await expect(encoder.heading).toBeVisible();
    await encoder.key.fill(ENCODER_SECRET);
    const token = await encoder.signedToken();
    const [header = '', payload = '', signature = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toMatchObject({ alg: 'HS256' });
    expect(signature).toBe(createHmac('sha256', ENCODER_SECRET).update(`${header}.${payload}`).digest('base64url'));
    await expect(encoder.error).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'encoder');
  });

  test('rules: the index of every rule', async ({ page, rules }, testInfo) => {
    await rules.gotoIndex();
    await expect(page.getByTestId('rules-index')).toBeVisible();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(rules.items.first()).toBeVisible();
    expect(await rules.items.count()).toBeGreaterThanOrEqual(45);
    await expect(rules.items.and(page.locator('[data-rule="alg-none"]')).getByRole('link')).toHaveAttribute('href', '#/rules/alg-none');
    await saveScreenshot(page, testInfo, 'rules');
  });

  test('rule page: alg-none', async ({ page, rules }, testInfo) => {
    await rules.gotoRule('alg-none');
    await expect(rules.rulePage).toHaveAttribute('data-rule', 'alg-none');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Unsigned token (alg “none”)');
    await saveScreenshot(page, testInfo, 'rule');
  });
});
