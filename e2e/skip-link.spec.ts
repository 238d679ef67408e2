import { expect, test } from './fixtures';

// "Skip to content" is the first thing Tab reaches on every view. It used to be a plain #main
// link, which the hash router read as a route: the not-found page. Now it moves focus only.

const VIEWS = [
  ['decoder', './#/', 'Decode a JSON Web Token'],
  ['encoder', './#/encode', 'Build and sign a JSON Web Token'],
] as const;

for (const [view, path, heading] of VIEWS) {
  test(`"Skip to content" on the ${view} puts focus in the main content and keeps the view and its URL`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const hash = await page.evaluate(() => location.hash);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('main')).toBeFocused();
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The next Tab starts inside the content, past the header's navigation and settings.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });
}
