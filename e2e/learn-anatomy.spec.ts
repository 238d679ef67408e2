import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 12, part 1: the anatomy of the learner's token (the built-in example here: HS256 with a
// Hangul name claim). Anchors open a record at a member and carry no token; printing makes a
// handout with the inputs and the other sections left out and every record open.

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

const records = (page: Page) => page.getByTestId('anatomy-record');

for (const viewport of VIEWPORTS) {
  test.describe(`anatomy on a ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('#/learn/payload/exp opens the payload at exp, scrolled into view', async ({ page }) => {
      await page.goto('./#/learn/payload/exp');
      const exp = page.locator('#anatomy-payload-exp');
      await expect(exp).toBeVisible();
      await expect(exp).toBeInViewport();
      await expect(exp).toHaveAttribute('data-target', 'true');
      await expect(exp).toContainText('2100-01-01T00:00:00Z');
      await expect(records(page)).toHaveCount(3);
      expect(await records(page).evaluateAll((all) => all.map((record) => record.getAttribute('data-open')))).toEqual(['false', 'true', 'false']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test('a member’s link opens it and puts no token into the URL', async ({ page }) => {
      await page.goto('./#/learn');
      await expect(records(page)).toHaveCount(3);
      await page.getByRole('button', { name: 'Open all' }).click();
      const token = await page.getByTestId('learn-token-input').inputValue();
      const link = page.locator('#anatomy-header-alg').getByRole('link', { name: '#/learn/header/alg' });
      await link.click();
      await expect(page).toHaveURL(/#\/learn\/header\/alg$/);
      await expect(page.locator('#anatomy-header-alg')).toBeFocused();
      const hrefs = await page.locator('#learn-anatomy a[href^="#"]').evaluateAll((links) => links.map((element) => element.getAttribute('href') ?? ''));
      for (const segment of token.split('.')) expect(hrefs.filter((href) => href.includes(segment))).toEqual([]);
      expect(page.url()).not.toContain(token.split('.')[1]);
    });

    test('printing leaves out the inputs and shows every record open', async ({ page }) => {
      await page.goto('./#/learn');
      await expect(records(page)).toHaveCount(3);
      await expect(page.getByTestId('anatomy-member').first()).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('learn-token-input')).toBeHidden();
      await expect(page.getByTestId('learn-key-input')).toBeHidden();
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(page.locator('.learn-toc')).toBeHidden();
      for (const id of ['learn-lens', 'learn-signature', 'learn-tamper', 'learn-lessons']) await expect(page.locator(`#${id}`)).toBeHidden();
      await expect(page.getByRole('button', { name: 'Open all' })).toBeHidden();
      const members = page.getByTestId('anatomy-member');
      await expect(members).toHaveCount(7);
      for (const member of await members.all()) await expect(member).toBeVisible();
      await expect(page.locator('#anatomy-signature-bytes')).toContainText('HMAC');
      const colours = await page.locator('#anatomy-payload-exp').evaluate((element) => [getComputedStyle(element).color, getComputedStyle(document.body).backgroundColor]);
      expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByTestId('anatomy-member').first()).toBeHidden();
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the open anatomy has no serious or critical violations, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('./#/learn');
    await expect(records(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Open all' }).click();
    const { violations } = await new AxeBuilder({ page }).include('#learn-anatomy').options({ resultTypes: ['violations'] }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
