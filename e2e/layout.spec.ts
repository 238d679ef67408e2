import type { Locator, Page } from '@playwright/test';
import { bigPayload, expect, makeToken, test, waitForFrames, type DecoderPage } from './fixtures';
import { OIDC_PUBLIC_KEY_PEM, oidcIdToken } from './oidc-id-token';

// Issue 10 item 1: the decoded payload, the whole verdict and the findings summary on the first
// screen of a laptop; the payload within a screen and a half on a phone; the left column never
// taller than the screen; one copy of the token, coloured in the box itself. Measured with an
// OpenID Connect ID token (RS256, 15 claims) and its PEM public key.

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

/** The box of the payload JSON's first line (its opening brace), not of the whole block. */
async function payloadFirstLine(page: Page): Promise<Box> {
  return page.getByTestId('payload-json').evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && (node.textContent ?? '').trim() === '') node = walker.nextNode();
    if (!node) throw new Error('the payload has no text');
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 1);
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: rect.height };
  });
}

/**
 * The token box over its coloured mirror: the textarea never scrolls inside itself and is exactly as
 * tall as the mirror, so both lay the text out in the same lines.
 */
async function expectBoxOverMirror(decoder: DecoderPage): Promise<void> {
  const sizes = await decoder.tokenInput.evaluate((textarea: HTMLTextAreaElement) => {
    const mirror = textarea.parentElement?.querySelector('.coloured-token-mirror');
    return { scroll: textarea.scrollHeight, client: textarea.clientHeight, top: textarea.scrollTop, mirror: mirror?.getBoundingClientRect().height ?? -1 };
  });
  expect(sizes.top).toBe(0);
  expect(sizes.scroll).toBe(sizes.client);
  expect(Math.abs(sizes.mirror - sizes.client)).toBeLessThanOrEqual(1);
}

async function pasteIdTokenAndKey(decoder: DecoderPage): Promise<void> {
  await decoder.pasteToken(oidcIdToken(Math.floor(Date.now() / 1000)));
  await decoder.pasteKey(OIDC_PUBLIC_KEY_PEM);
  await expect(decoder.keyFormat).toHaveAttribute('data-format', 'pem-spki');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 10_000 });
  await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
  await expect(decoder.page.getByTestId('findings-summary')).toBeVisible();
}

async function open(decoder: DecoderPage, locale: 'en' | 'ko', theme: 'light' | 'dark'): Promise<void> {
  await decoder.goto();
  if (locale === 'ko') await decoder.chooseLanguage('ko');
  await decoder.themeSelect.selectOption(theme);
  await pasteIdTokenAndKey(decoder);
  await decoder.page.evaluate(() => window.scrollTo(0, 0));
}

const SETTINGS = [
  { locale: 'en', theme: 'light' },
  { locale: 'ko', theme: 'dark' },
  { locale: 'en', theme: 'dark' },
  { locale: 'ko', theme: 'light' },
] as const;

test.describe('a laptop screen, 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  const HEIGHT = 800;

  for (const { locale, theme } of SETTINGS) {
    test(`payload, verdict and findings summary on the first screen; the left column fits it (${locale}, ${theme})`, async ({ page, decoder }) => {
      await open(decoder, locale, theme);
      for (const box of [await payloadFirstLine(page), await boxOf(decoder.verifyStatus), await boxOf(page.getByTestId('findings-summary'))]) {
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(HEIGHT);
      }
      expect((await boxOf(page.getByTestId('decoder-input'))).height).toBeLessThanOrEqual(HEIGHT);
      await expectBoxOverMirror(decoder);

      // The left column stays on screen while the reader goes down to the claims.
      await page.getByTestId('claim-row').and(page.locator('[data-claim="exp"]')).scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const verdict = await boxOf(decoder.verifyStatus);
      expect(verdict.top).toBeGreaterThanOrEqual(0);
      expect(verdict.bottom).toBeLessThanOrEqual(HEIGHT);
    });
  }

  test('one copy of the token: the box is coloured, part by part, and nothing else repeats it', async ({ page, decoder }) => {
    await open(decoder, 'en', 'light');
    const token = await decoder.tokenInput.inputValue();
    await expect(decoder.parts()).toHaveCount(3);
    expect((await decoder.parts().allTextContents()).join('.')).toBe(token);
    // The parts are drawn inside the token box's own field, under the textarea.
    expect(await decoder.parts().evaluateAll((parts) => parts.every((part) => part.closest('.token-field')?.querySelector('[data-testid="token-input"]')))).toBe(true);
    await expect(page.locator('.coloured-token')).toHaveCount(0);
    // The colours line up with the text typed over them: a wrapped, prefixed token too.
    await decoder.fillToken(`Bearer ${token.slice(0, 50)}\n${token.slice(50)}\n`);
    await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
    expect((await decoder.parts().allTextContents()).join('.')).toBe(token);
    await expectBoxOverMirror(decoder);
  });

  test('the sections below the first screen fold; the reader’s choice stays for the next token', async ({ page, decoder }) => {
    await open(decoder, 'en', 'light');
    const claims = page.locator('details.fold-claims');
    const signature = page.locator('details.fold-signature');
    await expect(claims).toHaveAttribute('open', '');
    await expect(signature).not.toHaveAttribute('open', '');
    await claims.locator('summary').click();
    await expect(page.getByTestId('claim-row').first()).toBeHidden();
    await signature.locator('summary').click();
    await expect(signature).toContainText('256 bytes');
    await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'another', exp: 4_102_444_800 }, 'another-secret-0123456789abcdef01'));
    await expect(decoder.payloadJson).toContainText('"another"');
    await expect(claims).not.toHaveAttribute('open', '');
    await expect(signature).toHaveAttribute('open', '');
  });

  test('findings: the summary stays beside the payload, an open list goes full width below it', async ({ page, decoder }) => {
    await decoder.goto();
    await decoder.fillToken(makeToken({ alg: 'none', typ: 'JWT' }, { sub: 'unsigned' }));
    const critical = page.locator('[data-testid="finding"][data-severity="critical"]').first();
    await expect(critical).toBeVisible();
    const summary = await boxOf(page.getByTestId('findings-summary'));
    const payload = page.locator('.pane-payload');
    expect(summary.bottom).toBeLessThanOrEqual(800);
    expect((await boxOf(critical)).top).toBeGreaterThanOrEqual(Math.max(summary.bottom, (await boxOf(payload)).bottom));
    const widths = await Promise.all([critical, payload].map(async (element) => (await element.boundingBox())?.width ?? 0));
    expect(widths[0]).toBeGreaterThan(widths[1] ?? Infinity);
  });

  test('a large token keeps a shortened box: the mirror draws only what the box shows', async ({ page, decoder }) => {
    await decoder.goto();
    await decoder.pasteToken(makeToken({ alg: 'HS256' }, bigPayload(1024 * 1024, 'one-megabyte'), 'secret'));
    await expect(decoder.largeTokenNotice).toBeVisible({ timeout: 15_000 });
    await expect(decoder.payloadJson).toContainText('one-megabyte', { timeout: 15_000 });
    await expect(decoder.parts()).toHaveCount(3);
    const drawn = await page.locator('.coloured-token-mirror').evaluate((mirror) => mirror.textContent?.length ?? 0);
    expect(drawn).toBeLessThan(5_000);
    expect(drawn).toBeGreaterThan(2_000);
    await expectBoxOverMirror(decoder);
  });
});

test.describe('a phone, 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const { locale, theme } of SETTINGS) {
    test(`the payload starts within a screen and a half, before the verdict (${locale}, ${theme})`, async ({ page, decoder }) => {
      await open(decoder, locale, theme);
      const payload = await boxOf(decoder.payloadJson);
      expect(payload.top).toBeLessThan(1.5 * 740);
      // The box's visible field: the textarea inside it is as tall as all of its text.
      const token = await boxOf(page.locator('.token-field'));
      const verdict = await boxOf(decoder.verifyStatus);
      const claims = await boxOf(page.locator('details.fold-claims'));
      expect(token.bottom).toBeLessThanOrEqual(payload.top);
      expect(payload.bottom).toBeLessThanOrEqual(verdict.top);
      expect(verdict.bottom).toBeLessThanOrEqual(claims.top);
      await expectBoxOverMirror(decoder);
    });
  }
});

// Explain, Compare with… and Share join the toolbar with the first token; their places are kept
// before it, so the box the reader pasted into does not move down under the pointer.
for (const { width, height, locale } of [
  { width: 1280, height: 800, locale: 'en' },
  { width: 360, height: 740, locale: 'ko' },
] as const) {
  test.describe(`${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    test(`the token box stays where it was when the first token is decoded (${locale})`, async ({ page, decoder }) => {
      await decoder.goto();
      if (locale === 'ko') await decoder.chooseLanguage('ko');
      await expect(page.getByTestId('share-button')).toBeHidden();
      const before = await boxOf(decoder.tokenInput);
      await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'layout-shift' }, 'secret'));
      await expect(decoder.payloadJson).toContainText('layout-shift');
      await expect(page.getByTestId('share-button')).toBeVisible();
      await expect(page.getByTestId('compare-with')).toBeVisible();
      await expect(page.getByTestId('explain-token')).toBeVisible();
      expect((await boxOf(decoder.tokenInput)).top).toBe(before.top);
    });
  });
}

// One column: everything below the payload moves when its height changes.
test.describe('a phone, 360 × 740, after a large token', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('what follows the panes moves once, with its new content, not before it', async ({ page, decoder }) => {
    await decoder.goto();
    await decoder.pasteToken(makeToken({ alg: 'HS256' }, bigPayload(100_000, 'one-hundred-kb'), 'secret'));
    await expect(page.locator('[data-testid="claim-row"][data-claim="sub"]')).toContainText('big-token', { timeout: 15_000 });
    // At rest: the findings and the audit of the large token no longer change what is drawn.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
    // And a frame drawn since: a pane's held height is the one the browser last reported in a frame,
    // and on a loaded machine the paste could otherwise come before the report of the last change.
    await waitForFrames(page, 2);
    // Every frame from here: whether the payload and the sections show the next token, and where the sections start.
    await page.evaluate(() => {
      const frames: { payload: boolean; sections: boolean; below: number }[] = [];
      Object.assign(window, { framesSeen: frames });
      const look = () => {
        frames.push({
          payload: document.querySelector('[data-testid="payload-json"]')?.textContent?.includes('small-token') === true,
          sections: document.querySelector('[data-testid="claim-row"][data-claim="sub"]')?.textContent?.includes('small-token') === true,
          // From the payload pane's top: the token box above may change height in the paste's frame too.
          below: document.querySelector('.decoded-more')!.getBoundingClientRect().top - document.querySelector('.pane-payload')!.getBoundingClientRect().top,
        });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await decoder.pasteToken(makeToken({ alg: 'HS256' }, { sub: 'small-token' }, 'secret'));
    await expect(page.locator('[data-testid="claim-row"][data-claim="sub"]')).toContainText('small-token');
    const frames = await page.evaluate(() => (window as unknown as { framesSeen: { payload: boolean; sections: boolean; below: number }[] }).framesSeen);
    const before = frames.find((frame) => !frame.payload)!.below;
    const inBetween = frames.filter((frame) => frame.payload && !frame.sections);
    // The payload is drawn before the sections (they follow its paint), and they wait where they were.
    expect(inBetween.length).toBeGreaterThan(0);
    expect(inBetween.map((frame) => frame.below)).toEqual(inBetween.map(() => before));
    // Then they move up to below the short payload, in the frame that shows them anew.
    const shown = frames.find((frame) => frame.sections)!;
    expect(shown.below).toBeLessThan(before - 100);
  });
});
