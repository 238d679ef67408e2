import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { base64url, expect, makeToken, test } from './fixtures';

// The token diff at #/diff (issue 15): two tokens compared member by member (diff-row with
// data-pointer and data-change), time claims in human units, the encoded parts character by
// character, the "same claims, different bytes" case, the decoder's "Compare with…", and privacy.

const HEADER = { alg: 'HS256', typ: 'JWT' };
const LEFT = makeToken(HEADER, { sub: 'alice', role: 'user', exp: 1_700_000_000, iat: 1_699_999_000 }, 'left-secret');
const RIGHT = makeToken({ alg: 'HS384', typ: 'JWT' }, { sub: 'alice', exp: 1_700_000_900, iat: 1_699_999_000, admin: true }, 'right-secret');

/** The same header and payload written with spaces inside the JSON: the same claims, other bytes. */
const SPACED = `${base64url('{"alg": "HS256", "typ": "JWT"}')}.${base64url('{ "sub": "alice", "role": "user", "exp": 1700000000, "iat": 1699999000 }')}.${LEFT.split('.')[2]}`;

async function openDiff(page: Page): Promise<void> {
  await page.goto('./#/diff');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare tokens');
}

async function compare(page: Page, left: string, right: string): Promise<void> {
  await page.getByTestId('diff-left').fill(left);
  await page.getByTestId('diff-right').fill(right);
  await expect(page.getByTestId('diff-row').first()).toBeVisible();
}

function row(page: Page, pointer: string): Locator {
  return page.locator(`[data-testid="diff-row"][data-pointer="${pointer}"]`);
}

async function changesByPointer(page: Page): Promise<Record<string, string>> {
  return page
    .getByTestId('diff-row')
    .evaluateAll((rows) => Object.fromEntries(rows.map((element) => [element.getAttribute('data-pointer') ?? '', element.getAttribute('data-change') ?? ''])));
}

test.describe('token diff', () => {
  test('two tokens side by side: rows with pointers and changes, a time delta in human units, changed characters marked', async ({ page }) => {
    await openDiff(page);
    await expect(page).toHaveTitle(/Compare tokens/);
    await compare(page, LEFT, RIGHT);
    expect(await changesByPointer(page)).toEqual({
      '/header/alg': 'changed',
      '/header/typ': 'same',
      '/payload/sub': 'same',
      '/payload/role': 'removed',
      '/payload/exp': 'changed',
      '/payload/iat': 'same',
      '/payload/admin': 'added',
    });
    await expect(row(page, '/payload/exp').getByTestId('diff-time-delta')).toHaveText('+15 min');
    await expect(row(page, '/header/alg')).toContainText('"HS256"');
    await expect(row(page, '/header/alg')).toContainText('"HS384"');
    await expect(page.getByTestId('diff-bytes')).toHaveAttribute('data-same-claims', 'false');

    await expect(page.getByTestId('diff-left-token')).toHaveText(LEFT);
    await expect(page.getByTestId('diff-right-token')).toHaveText(RIGHT);
    const rightMarks = page.getByTestId('diff-right-token').getByTestId('diff-changed-char');
    expect(await rightMarks.count()).toBeGreaterThan(0);
    // Coloured like the decoder's token: each part keeps its class, marks sit inside the parts.
    await expect(page.getByTestId('diff-right-token').locator('.part-signature [data-testid="diff-changed-char"]').first()).toBeVisible();

    // Linked highlighting, as in the decoder: a row pointed at lights its member up in both tokens.
    await row(page, '/payload/exp').hover();
    for (const side of ['left', 'right'] as const) {
      await expect(page.getByTestId(`diff-${side}-token`).getByTestId('diff-highlight')).toHaveAttribute('data-part', 'payload');
    }
    await row(page, '/payload/role').focus();
    await expect(page.getByTestId('diff-left-token').getByTestId('diff-highlight')).toBeVisible();
    await expect(page.getByTestId('diff-right-token').getByTestId('diff-highlight')).toHaveCount(0);
  });

  test('a member moved to another place reads the same, marked as moved', async ({ page }) => {
    await openDiff(page);
    await compare(page, makeToken(HEADER, { a: 1, b: 2, c: 3 }), makeToken(HEADER, { c: 3, a: 1, b: 2 }));
    await expect(row(page, '/payload/c')).toHaveAttribute('data-change', 'same');
    await expect(row(page, '/payload/c')).toHaveAttribute('data-moved', 'true');
    await expect(row(page, '/payload/a')).not.toHaveAttribute('data-moved');
  });

  test('whitespace inside the JSON: every member the same, the bytes difference stated', async ({ page }) => {
    await openDiff(page);
    await compare(page, LEFT, SPACED);
    const changes = await changesByPointer(page);
    expect(Object.keys(changes)).toEqual(['/header/alg', '/header/typ', '/payload/sub', '/payload/role', '/payload/exp', '/payload/iat']);
    expect(new Set(Object.values(changes))).toEqual(new Set(['same']));
    const bytes = page.getByTestId('diff-bytes');
    await expect(bytes).toHaveAttribute('data-same-claims', 'true');
    await expect(bytes).toContainText('Same claims, different bytes');
    await expect(bytes).toContainText('signature covers different input');
    await expect(bytes.locator('[data-testid="diff-part"][data-part="header"]')).toHaveAttribute('data-comparison', 'same-value');
    await expect(bytes.locator('[data-testid="diff-part"][data-part="payload"]')).toHaveAttribute('data-comparison', 'same-value');
  });

  test('"Compare with…" in the decoder opens the diff with the token on the left; nothing stored, no token in the URL', async ({ page, decoder }) => {
    await decoder.goto();
    await decoder.pasteToken(LEFT);
    await page.getByTestId('compare-with').click();
    await expect(page).toHaveURL(/#\/diff$/);
    await expect(page.getByTestId('diff-left')).toHaveValue(LEFT);
    await page.getByTestId('diff-right').fill(RIGHT);
    await expect(row(page, '/payload/exp')).toHaveAttribute('data-change', 'changed');

    const kept = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, url: location.href, history: JSON.stringify(history.state) }));
    expect(kept.local).toBe(0);
    expect(kept.session).toBe(0);
    for (const token of [LEFT, RIGHT]) {
      for (const piece of token.split('.')) {
        expect(kept.url).not.toContain(piece);
        expect(kept.history).not.toContain(piece);
      }
    }

    // A reload keeps nothing: the tokens lived in the page's memory only.
    await page.reload();
    await expect(page.getByTestId('diff-left')).toHaveValue('');
    await expect(page.getByTestId('diff-right')).toHaveValue('');
  });

  test('360 px wide, in light and dark: nothing overflows sideways, no serious axe violation', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openDiff(page);
    const long = makeToken(HEADER, { sub: 'x'.repeat(600), nested: { list: ['a'.repeat(200), 'b'], deep: { key: 'c'.repeat(300) } }, exp: 1_700_000_000 });
    const other = makeToken(HEADER, { sub: 'y'.repeat(600), nested: { list: ['b', 'a'.repeat(200)], deep: { key: 'd'.repeat(300) } }, exp: 1_700_086_400 });
    await compare(page, long, other);
    await expect(row(page, '/payload/exp').getByTestId('diff-time-delta')).toHaveText('+1 day');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const theme of ['light', 'dark'] as const) {
      await page.getByTestId('theme-select').selectOption(theme);
      const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id), theme).toEqual([]);
    }
  });
});
