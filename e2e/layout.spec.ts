import type { Locator, Page } from '@playwright/test';
import { expect, test, type DecoderPage } from './fixtures';
import { OIDC_PUBLIC_KEY_PEM, oidcIdToken } from './oidc-id-token';

// Issue 10 item 1: the decoded payload, the whole verdict and the findings summary on the first
// screen of a laptop; the payload within a screen and a half on a phone; the left column never
// taller than the screen. Measured with an OpenID Connect ID token (RS256) and its PEM public key.

interface Box {
  top: number;
  bottom: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('the element has no box (hidden or detached)');
  return { top: box.y, bottom: box.y + box.height, height: box.height };
}

/** The box of the first line of the payload JSON: its first text line, not the whole block. */
async function payloadFirstLine(page: Page): Promise<Box> {
  return page.getByTestId('payload-json').evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && (node.textContent ?? '').trim() === '') node = walker.nextNode();
    if (!node) throw new Error('the payload has no text');
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(1, node.textContent?.length ?? 0));
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: rect.height };
  });
}

async function pasteIdTokenAndKey(decoder: DecoderPage): Promise<void> {
  await decoder.pasteToken(oidcIdToken(Math.floor(Date.now() / 1000)));
  await decoder.pasteKey(OIDC_PUBLIC_KEY_PEM);
  await expect(decoder.keyFormat).toHaveAttribute('data-format', 'pem-spki');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 10_000 });
  await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
  await expect(decoder.page.getByTestId('findings-summary')).toBeVisible();
}

const SETTINGS = [
  { locale: 'en', theme: 'light' },
  { locale: 'ko', theme: 'dark' },
  { locale: 'en', theme: 'dark' },
  { locale: 'ko', theme: 'light' },
] as const;

test.describe('a laptop screen, 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const { locale, theme } of SETTINGS) {
    test(`payload, verdict and findings summary on the first screen (${locale}, ${theme})`, async ({ page, decoder }) => {
      await decoder.goto();
      await decoder.chooseLanguage(locale);
      await decoder.themeSelect.selectOption(theme);
      await pasteIdTokenAndKey(decoder);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const height = 800;
      const firstLine = await payloadFirstLine(page);
      const verdict = await boxOf(decoder.verifyStatus);
      const summary = await boxOf(page.getByTestId('findings-summary'));
      const left = await boxOf(page.getByTestId('decoder-input'));
      console.log(JSON.stringify({ locale, theme, firstLine, verdict, summary, left }));
      expect(firstLine.top).toBeGreaterThanOrEqual(0);
      expect(firstLine.bottom).toBeLessThanOrEqual(height);
      expect(verdict.top).toBeGreaterThanOrEqual(0);
      expect(verdict.bottom).toBeLessThanOrEqual(height);
      expect(summary.top).toBeGreaterThanOrEqual(0);
      expect(summary.bottom).toBeLessThanOrEqual(height);
      expect(left.height).toBeLessThanOrEqual(height);
    });
  }
});

test.describe('a phone, 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const { locale, theme } of SETTINGS) {
    test(`the payload starts within a screen and a half (${locale}, ${theme})`, async ({ page, decoder }) => {
      await decoder.goto();
      await decoder.chooseLanguage(locale);
      await decoder.themeSelect.selectOption(theme);
      await pasteIdTokenAndKey(decoder);
      await page.evaluate(() => window.scrollTo(0, 0));
      const payload = await boxOf(decoder.payloadJson);
      console.log(JSON.stringify({ locale, theme, payload }));
      expect(payload.top).toBeLessThan(1.5 * 740);
    });
  }
});
