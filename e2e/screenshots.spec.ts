import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { CompactEncrypt, SignJWT } from 'jose';
import { RFC9901, rfc9901Example } from '../src/testing/rfc9901-examples';
import { expect, makeToken, test, type DecoderPage } from './fixtures';
import { OIDC_PUBLIC_KEY_PEM, oidcIdToken } from './oidc-id-token';

// The pictures in README.md, made from the production build: one PNG per view in docs/screenshots/.
// Each test first checks what a user would see on that view, so a broken view fails here instead of
// being photographed.

/** The secret of the example token behind the `example-button` (docs/ui-contract.md). */
const EXAMPLE_SECRET = 'jwt-inspector-example-secret';
const ENCODER_SECRET = 'a-string-secret-at-least-256-bits-long';
/** The secret of the learn view's built-in example token. */
const LEARN_EXAMPLE_SECRET = 'learn-jwt-byte-by-byte';

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC' });

const NOW = new Date('2026-01-01T12:00:00Z');

test.beforeEach(async ({ page }) => {
  // Fixed time, so countdowns and relative dates read the same on every run.
  await page.clock.setFixedTime(NOW);
});

/**
 * Readies the page for a picture and returns the folder it goes in: waits until nothing on the page
 * is still working (no `aria-busy` region: the findings' checks, the audit, a pane being fetched), so
 * the picture shows what a reader sees once the page is at rest, not whichever step it was caught
 * at; then takes the focus ring away and waits for the fonts.
 */
async function readyForPicture(page: Page, testInfo: TestInfo): Promise<string> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const root = testInfo.config.configFile ? join(testInfo.config.configFile, '..') : process.cwd();
  const dir = join(root, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Writes the viewport (or, given a height, the top of the page down to it) as
 * docs/screenshots/<view>.png, with no focus ring, caret or animation.
 */
async function saveScreenshot(page: Page, testInfo: TestInfo, view: string, height?: number): Promise<void> {
  const dir = await readyForPicture(page, testInfo);
  const width = page.viewportSize()?.width ?? 0;
  const clip = height === undefined ? {} : { fullPage: true, clip: { x: 0, y: 0, width, height } };
  await page.screenshot({ path: join(dir, `${view}.png`), animations: 'disabled', caret: 'hide', ...clip });
}

/** Writes one element of the page as docs/screenshots/<view>.png. */
async function saveElementScreenshot(page: Page, testInfo: TestInfo, view: string, selector: string): Promise<void> {
  const dir = await readyForPicture(page, testInfo);
  await page.locator(selector).screenshot({ path: join(dir, `${view}.png`), animations: 'disabled', caret: 'hide' });
}

/** The decoder with an OpenID Connect ID token and its PEM key, verified, in the given theme. */
async function showIdToken(decoder: DecoderPage, theme: 'light' | 'dark'): Promise<void> {
  await decoder.goto();
  await decoder.themeSelect.selectOption(theme);
  await decoder.pasteToken(oidcIdToken(NOW.getTime() / 1000));
  await decoder.pasteKey(OIDC_PUBLIC_KEY_PEM);
  await expect(decoder.keyFormat).toHaveAttribute('data-format', 'pem-spki');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 10_000 });
  await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
  await expect(decoder.page.getByTestId('time-status')).toHaveAttribute('data-status', 'active');
  await expect(decoder.page.getByTestId('findings-summary')).toBeVisible();
  await decoder.page.evaluate(() => window.scrollTo(0, 0));
}

// The decoder's layout (issue 10): desktop and phone, light and dark, for the README.
for (const theme of ['light', 'dark'] as const) {
  test(`decoder on a laptop (${theme}): an ID token verified with its PEM key`, async ({ page, decoder }, testInfo) => {
    await showIdToken(decoder, theme);
    await saveScreenshot(page, testInfo, `decoder-desktop-${theme}`);
  });

  test.describe(`on a phone (${theme})`, () => {
    test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test(`decoder on a phone (${theme}): the first screen and a half`, async ({ page, decoder }, testInfo) => {
      await showIdToken(decoder, theme);
      await saveScreenshot(page, testInfo, `decoder-phone-${theme}`, Math.round(1.5 * 740));
    });
  });
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

  test('decoder: a JWE decrypted with its private key, the signed token inside verified', async ({ page, decoder }, testInfo) => {
    const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const claims = { sub: 'ada', name: 'Ada Lovelace', iat: NOW.getTime() / 1000, exp: NOW.getTime() / 1000 + 3600 };
    const inner = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(ENCODER_SECRET));
    const token = await new CompactEncrypt(new TextEncoder().encode(inner)).setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' }).encrypt(recipient.publicKey);
    await decoder.goto();
    await decoder.pasteToken(token);
    await decoder.pasteKey(recipient.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    await expect(page.getByTestId('decrypt-status')).toHaveAttribute('data-status', 'decrypted', { timeout: 10_000 });
    const nested = page.getByTestId('nested-token');
    await expect(nested.getByTestId('nested-payload-json')).toContainText('"Ada Lovelace"');
    await nested.getByTestId('nested-key-input').fill(ENCODER_SECRET);
    await expect(nested.getByTestId('nested-verify-status')).toHaveAttribute('data-status', 'valid', { timeout: 10_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, testInfo, 'decoder-jwe', 1300);
  });

  test('encoder: a JWE for a generated RSA key', async ({ page, encoder }, testInfo) => {
    await encoder.goto();
    await page.getByTestId('encoder-mode').selectOption('jwe');
    await encoder.alg.selectOption('RSA-OAEP-256');
    await page.getByTestId('encoder-enc').selectOption('A256GCM');
    await encoder.generateKeyButton.click();
    await expect(page.getByTestId('encoder-decryption-key')).toContainText('-----BEGIN PRIVATE KEY-----', { timeout: 30_000 });
    await expect(encoder.token).toHaveText(/^[\w-]+(\.[\w-]*){4}$/);
    const token = (await encoder.token.textContent()) ?? '';
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    expect(header).toMatchObject({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    await expect(encoder.error).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'encoder-jwe');
  });

  test('share: the dialog offering a link to the token without its signature', async ({ page, decoder }, testInfo) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await page.getByTestId('share-button').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('share-mode')).toHaveValue('unsigned');
    const fragment = (await page.getByTestId('share-link').textContent()) ?? '';
    expect(fragment).toMatch(/^share=1&m=unsigned&t=eyJ[\w-]+\.[\w-]+\.$/);
    // The default link carries no signature and never the key box's secret.
    expect(fragment).not.toContain(EXAMPLE_SECRET);
    await saveScreenshot(page, testInfo, 'share-dialog');
  });

  test('encoder: a jku attack token, with the key set to host and the rule that catches it', async ({ page, encoder }, testInfo) => {
    await encoder.goto();
    await encoder.key.fill(ENCODER_SECRET);
    await page.getByTestId('encoder-attack').selectOption('jku');
    await page.getByTestId('encoder-attack-input').fill('https://attacker.example/.well-known/jwks.json');
    await expect(page.getByTestId('encoder-attack-hosted')).toContainText('"keys"');
    await expect(page.getByTestId('encoder-attack-rule')).toHaveAttribute('data-rule', 'jku-header');
    const token = await encoder.signedToken();
    const header: unknown = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    expect(header).toMatchObject({ jku: 'https://attacker.example/.well-known/jwks.json' });
    await page.getByTestId('encoder-attack').scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, 'encoder-attack');
  });

  test('decoder: an SD-JWT presentation (RFC 9901 §5.2), every disclosure matched and the key binding verified', async ({ page, decoder }, testInfo) => {
    // The RFC's example and its issuer key: the project's test data.
    const presentation = rfc9901Example('simple-presentation');
    await decoder.goto();
    await decoder.fillToken(presentation.token);
    await decoder.fillKey(JSON.stringify(RFC9901.issuerKey.jwk));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    const disclosures = page.getByTestId('sd-disclosure');
    await expect(disclosures).toHaveCount(4);
    expect(await disclosures.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(['matched', 'matched', 'matched', 'matched']);
    await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'valid');
    await saveElementScreenshot(page, testInfo, 'decoder-sd-jwt', '.fold-sd-jwt');
  });

  test('diff: an access token and its refreshed copy, member by member', async ({ page }, testInfo) => {
    const iat = NOW.getTime() / 1000;
    const claims = { iss: 'https://auth.example.com', sub: 'ada', aud: 'api', scope: 'read', iat, exp: iat + 900 };
    const left = makeToken({ alg: 'HS256', typ: 'JWT' }, claims, ENCODER_SECRET);
    const right = makeToken({ alg: 'HS256', typ: 'JWT' }, { ...claims, scope: 'read write', iat: iat + 900, exp: iat + 1800, jti: 'r2' }, ENCODER_SECRET);
    await page.goto('./#/diff');
    await page.getByTestId('diff-left').fill(left);
    await page.getByTestId('diff-right').fill(right);
    await expect(page.locator('[data-testid="diff-row"][data-pointer="/payload/exp"]').getByTestId('diff-time-delta')).toHaveText('+15 min');
    await expect(page.locator('[data-testid="diff-row"][data-pointer="/payload/jti"]')).toHaveAttribute('data-change', 'added');
    await saveScreenshot(page, testInfo, 'diff', 1100);
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

  test('learn: the byte lens on the example token', async ({ page }, testInfo) => {
    await page.goto('./#/learn');
    await expect(page.getByTestId('learn-token-input')).toHaveValue(/^eyJ/);
    await expect(page.getByTestId('lens-layer')).toHaveCount(4);
    // It opens on the first Hangul syllable of the name: 3 bytes, exactly 4 characters.
    const selection = page.getByTestId('lens-selection');
    await expect(selection).toHaveAttribute('data-part', 'payload');
    const [byteStart, byteEnd, charStart, charEnd] = await Promise.all(
      ['data-byte-start', 'data-byte-end', 'data-char-start', 'data-char-end'].map(async (name) => Number(await selection.getAttribute(name))),
    );
    expect([byteEnd! - byteStart!, charEnd! - charStart!]).toEqual([3, 4]);
    await saveElementScreenshot(page, testInfo, 'learn-lens', '#learn-lens');
  });

  test('learn: the signature walk-through of the example token', async ({ page }, testInfo) => {
    await page.goto('./#/learn');
    await expect(page.getByTestId('learn-key-input')).toHaveValue(LEARN_EXAMPLE_SECRET);
    await page.getByTestId('sig-run').click();
    const [header = '', payload = ''] = (await page.getByTestId('learn-token-input').inputValue()).split('.');
    const mac = createHmac('sha256', LEARN_EXAMPLE_SECRET).update(`${header}.${payload}`).digest('hex');
    await expect(page.locator('[data-testid="sig-step"][data-step="mac"]')).toHaveAttribute('data-hex', mac);
    await expect(page.getByTestId('sig-compare')).toHaveAttribute('data-match', 'true');
    await saveElementScreenshot(page, testInfo, 'learn-signature', '#learn-signature');
  });

  test('learn: a lesson drawn on the learner\'s token', async ({ page }, testInfo) => {
    await page.goto('./#/learn/flow');
    await expect(page.getByRole('heading', { level: 2, name: 'Login, Bearer, verify: a token\'s journey' })).toBeVisible();
    await expect(page.locator('.lesson svg').first()).toBeVisible();
    await saveScreenshot(page, testInfo, 'learn-lesson');
  });
});
