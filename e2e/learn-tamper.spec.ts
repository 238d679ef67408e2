import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The learn view's tamper bench (issue 12, part 4) on the built-in example token and key: a flipped
// bit breaks the signature, the alg none attack is rejected and links its rule page, Korean reads
// Korean, and the bench fits a phone.

async function openBench(page: Page) {
  await page.goto('./#/learn');
  const token = page.getByTestId('tamper-token');
  await expect(token).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('tamper-verdict')).toHaveAttribute('data-valid', 'true');
  return token;
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`tamper bench at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a flipped bit changes one character and the signature no longer matches', async ({ page }) => {
      const token = await openBench(page);
      const before = await token.textContent();
      await page.getByTestId('tamper-flip').click();
      await expect(page.getByTestId('tamper-predict')).toHaveAttribute('data-kind', 'bit');
      await page.getByTestId('tamper-predict-no').click();
      await expect(page.getByTestId('tamper-verdict')).toHaveAttribute('data-valid', 'false');
      await expect(page.getByTestId('tamper-changed-char')).toHaveCount(1);
      await expect(page.getByTestId('tamper-predict-answer')).toHaveAttribute('data-correct', 'true');
      expect(await token.textContent()).not.toBe(before);
      // The learner's own token is left as it was.
      expect(await page.getByTestId('learn-token-input').inputValue()).toBe(before);

      await page.getByTestId('tamper-reset').click();
      await expect(token).toHaveText(before ?? '');
      await expect(page.getByTestId('tamper-verdict')).toHaveAttribute('data-valid', 'true');
    });

    test('the alg none attack is rejected and its rule page opens', async ({ page }) => {
      const token = await openBench(page);
      const card = page.locator('[data-testid="tamper-attack-card"][data-attack="alg-none"]');
      await card.getByTestId('tamper-attack').click();
      await expect(page.getByTestId('tamper-verdict')).toHaveAttribute('data-valid', 'false');
      await expect(token).toHaveText(/^eyJhbGciOiJub25lIi[\w-]*\.[\w-]+\.$/);
      await card.getByTestId('tamper-attack-rule').click();
      await expect(page).toHaveURL(/#\/rules\/alg-none$/);
      await expect(page.getByTestId('rule-page')).toHaveAttribute('data-rule', 'alg-none');
    });

    test('the bench fits the width of the page', async ({ page }) => {
      await openBench(page);
      const overflow = await page.locator('#learn-tamper').evaluate((section) => section.scrollWidth - section.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('in Korean, the verdict is in Korean', async ({ page }) => {
  await openBench(page);
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 2, name: '변조 실험대' })).toBeVisible();
  await page.locator('[data-testid="tamper-attack-card"][data-attack="psychic-signature"]').getByTestId('tamper-attack').click();
  await expect(page.getByTestId('tamper-verdict')).toHaveAttribute('data-valid', 'false');
  await expect(page.getByTestId('tamper-verdict')).toContainText('서명이 더 이상 맞지 않습니다');
});

test('axe finds no serious or critical violation in the bench, question open', async ({ page }) => {
  await openBench(page);
  await page.getByTestId('tamper-flip').click();
  await expect(page.getByTestId('tamper-predict')).toBeVisible();
  const results = await new AxeBuilder({ page }).include('#learn-tamper').analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
});
