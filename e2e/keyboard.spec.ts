import { createHmac } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { contrastAgainstBackground } from '../src/testing/contrast';
import { base64url, expect, test } from './fixtures';

// The decoder by keyboard alone (issue 11): Tab reaches every control, each shows a focus ring
// that can be seen against what lies behind it, and the controls work with Enter, Space and the
// arrow keys.

function hs256(secret: string, payload: Record<string, unknown>): string {
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

// A secret no wordlist holds, so the audit runs through its lists (a few seconds) and finds nothing;
// expired and without an issuer, so there are findings of several severities.
const SECRET = 'b7f3c1e09a4d4f6e8c2a5d7e9f1b3c5a7e9d1f3b5c7a9e1d';
const TOKEN = hs256(SECRET, { sub: 'keyboard', name: 'Ada', iat: 1_516_239_022, exp: 1_516_242_622 });

interface Stop {
  /** The contract's test id, else the tag and last class name (`summary.fold-summary`). */
  name: string;
  focusVisible: boolean;
  /** What draws the focus: outline style and width, and the box shadow. */
  ring: string;
  /** Contrast of the ring's colour against the nearest opaque background behind it. */
  contrast: number;
}

/** Describes the focused element and the focus indicator drawn for it. */
async function focusedStop(page: Page): Promise<Stop> {
  const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
  const stop = await focused.evaluate((element) => {
    if (!(element instanceof HTMLElement) || element === document.body) return { name: 'body', focusVisible: false, ring: 'none' };
    const last = element.classList[element.classList.length - 1];
    const name = element.dataset.testid ?? `${element.tagName.toLowerCase()}${last ? `.${last}` : ''}`;
    const style = getComputedStyle(element);
    const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = drawn ? `${style.outlineStyle} ${style.outlineWidth}` : style.boxShadow !== 'none' ? `shadow ${style.boxShadow}` : 'none';
    return { name, focusVisible: element.matches(':focus-visible, :focus-within'), ring };
  });
  const contrast = stop.name === 'body' ? 0 : await focused.evaluate(contrastAgainstBackground, 'outlineColor' as const);
  await focused.dispose();
  return { ...stop, contrast };
}

/**
 * Presses Tab from the skip link until the focus leaves the page (to the browser, after the last
 * control) or comes back to the link, and returns every stop on the way.
 */
async function tabThroughPage(page: Page, limit = 300): Promise<Stop[]> {
  const skipLink = page.locator('a.skip-link');
  await skipLink.focus();
  const stops: Stop[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop.name === 'body' || stop.name === 'a.skip-link') return stops;
    stops.push(stop);
  }
  throw new Error(`Tab did not leave the page within ${limit} presses`);
}

async function openDecoder(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('token-input')).toBeVisible();
}

async function expectFocused(locator: Locator): Promise<void> {
  await expect(locator).toBeFocused();
  expect(await locator.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
}

test('Tab reaches every control of the decoder, and each shows a focus ring that stands out (3:1)', async ({ page, decoder }) => {
  test.setTimeout(60_000);
  await openDecoder(page);
  await decoder.fillToken(TOKEN);
  await decoder.fillKey('not-the-secret');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
  await expect(page.getByTestId('finding').first()).toBeAttached();
  await expect(page.getByTestId('secret-audit')).toBeVisible();

  const stops = await tabThroughPage(page);
  const names = stops.map((stop) => stop.name);
  const first = (name: string) => names.indexOf(name);
  for (const required of [
    'examples-select',
    'token-input',
    'key-input',
    'secret-encoding',
    'json-member',
    'button.findings-filter',
    'button.findings-fold',
    'summary.fold-summary',
    'leeway-input',
    'evaluate-at-input',
    'secret-audit-wordlist',
  ]) {
    expect(names, `Tab reaches ${required}`).toContain(required);
  }
  // The input column, then what was decoded from it.
  expect(first('examples-select')).toBeLessThan(first('token-input'));
  expect(first('token-input')).toBeLessThan(first('key-input'));
  expect(first('key-input')).toBeLessThan(first('secret-encoding'));
  expect(first('secret-encoding')).toBeLessThan(first('json-member'));
  // Every fold of the decoded view is a stop: claims, header parameters, signature, audit.
  expect(names.filter((name) => name === 'summary.fold-summary').length).toBeGreaterThanOrEqual(4);

  const unseen = stops.filter((stop) => !stop.focusVisible || stop.ring === 'none' || stop.contrast < 3);
  expect(unseen, `stops without a visible focus ring:\n${unseen.map((stop) => JSON.stringify(stop)).join('\n')}`).toEqual([]);
});

test('the same focus rings stand out in the dark theme', async ({ page, decoder }) => {
  await openDecoder(page);
  await page.getByTestId('theme-select').selectOption('dark');
  await decoder.fillToken(TOKEN);
  await expect(page.getByTestId('finding').first()).toBeAttached();
  const stops = await tabThroughPage(page);
  expect(stops.length).toBeGreaterThan(20);
  const unseen = stops.filter((stop) => !stop.focusVisible || stop.ring === 'none' || stop.contrast < 3);
  expect(unseen, `stops without a visible focus ring:\n${unseen.map((stop) => JSON.stringify(stop)).join('\n')}`).toEqual([]);
});

test('the decoder works from the keyboard: examples, token and key, secret encoding, a wordlist, findings toggles, folds and "Now"', async ({ page, decoder }) => {
  test.setTimeout(60_000);
  // Playwright intercepts file choosers only once a listener exists, and turning that on is a message to
  // the browser of its own: listening from the start means it is on before Space asks for one (a
  // listener added together with the key press can lose that race, and the chooser never comes).
  page.on('filechooser', () => {});
  await openDecoder(page);

  // The examples menu: an arrow key chooses the first example, which fills token and key.
  await decoder.examplesSelect.focus();
  await page.keyboard.press('ArrowDown');
  await expect(decoder.tokenInput).not.toHaveValue('');
  await expect(decoder.keyInput).not.toHaveValue('');

  // Typed, not filled: token and key boxes take the keyboard.
  await decoder.clearButton.focus();
  await page.keyboard.press('Enter');
  await expect(decoder.tokenInput).toHaveValue('');
  await decoder.tokenInput.focus();
  await page.keyboard.insertText(TOKEN);
  await page.keyboard.press('Tab');
  await expectFocused(decoder.keyInput);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('not-the-secret');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');

  // The secret encoding: the next stop, changed with an arrow key.
  await page.keyboard.press('Tab');
  await expectFocused(decoder.secretEncoding);
  await page.keyboard.press('ArrowDown');
  await expect(decoder.secretEncoding).toHaveValue('base64url');
  await page.keyboard.press('ArrowUp');
  await expect(decoder.secretEncoding).toHaveValue('utf8');

  // The audit's wordlist: its file input opens the file chooser on Space.
  const audit = page.getByTestId('secret-audit');
  await expect(audit).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  const wordlist = page.getByTestId('secret-audit-wordlist');
  await wordlist.focus();
  await expectFocused(wordlist);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'keyboard.txt', mimeType: 'text/plain', buffer: Buffer.from(`password\n${SECRET}\n`) });
  await expect(page.getByTestId('secret-audit-hit')).toHaveAttribute('data-source', 'user-wordlist', { timeout: 30_000 });

  // A severity toggle by Space, the list's fold by Enter. The found secret adds a finding (and maybe a
  // severity, a new first toggle): the toggles are taken once the findings have it.
  await expect(page.locator('[data-testid="finding"][data-rule="hmac-weak-secret"]')).toHaveCount(1);
  await expect(page.getByTestId('findings')).toHaveAttribute('aria-busy', 'false');
  const toggle = page.locator('button.findings-filter').first();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const fold = page.locator('button.findings-fold');
  const expanded = await fold.getAttribute('aria-expanded');
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(fold).toHaveAttribute('aria-expanded', expanded === 'true' ? 'false' : 'true');

  // A section's fold by Enter.
  const claims = page.locator('details.fold-claims');
  await claims.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await expect(claims).not.toHaveAttribute('open');
  await page.keyboard.press('Enter');
  await expect(claims).toHaveAttribute('open', '');

  // "Now" (named with its visible text) by Enter: back to the live clock.
  const evaluateAt = page.getByTestId('evaluate-at-input');
  await evaluateAt.fill('2030-01-01T00:00:00');
  const now = page.getByRole('button', { name: /^Now\b/ });
  await expect(now).toBeEnabled();
  await now.focus();
  await page.keyboard.press('Enter');
  await expect(evaluateAt).toHaveValue('');
});

test('the secret audit stops and starts again from the keyboard, and the button keeps the focus', async ({ page, decoder }) => {
  // A payload of 44 KB makes every candidate's MAC slow enough that the audit runs for seconds.
  const slow = hs256('kb-unlisted-secret-4f1c9e', { sub: 'keyboard', note: 'n'.repeat(44_000) });
  expect(slow.length).toBeLessThan(64 * 1024);
  await openDecoder(page);
  await decoder.tokenInput.focus();
  await page.keyboard.insertText(slow);

  const audit = page.getByTestId('secret-audit');
  await expect(audit).toHaveAttribute('data-status', 'running');
  // Tab from the audit's fold reaches Cancel; Enter stops the audit; the same button, now
  // "Check again", keeps the focus, and Enter starts the audit again.
  await page.locator('details.fold-audit > summary').focus();
  await page.keyboard.press('Tab');
  await expectFocused(page.getByTestId('secret-audit-cancel'));
  await page.keyboard.press('Enter');
  await expect(audit).toHaveAttribute('data-status', 'cancelled');
  await expectFocused(page.getByTestId('secret-audit-restart'));
  await page.keyboard.press('Enter');
  await expect(audit).toHaveAttribute('data-status', /running|done/);
});
