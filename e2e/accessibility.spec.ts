import { createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contrastAgainstBackground } from '../src/testing/contrast';
import { clearAnnouncements, isOutsideLiveRegions, LIVE_REGION as LIVE, readAnnouncements, recordAnnouncements } from '../src/testing/announcements';
import { base64url, expect, makeJwe, test } from './fixtures';

// The accessibility gate (issue 11): axe on every view, in both themes and both languages, with
// zero serious or critical violations. Each setting is chosen once with the header's own selects,
// as a user does, and outlives a reload (the app stores it); the views are then opened by their
// URLs. Dark and Korean together add nothing either one alone does not check, so that setting runs
// on the two fullest views only (axe takes 1–5 s a view on a shared 2-core machine).

type Theme = 'light' | 'dark';
type Locale = 'en' | 'ko';

const SETTINGS: readonly { theme: Theme; locale: Locale; only?: readonly string[] }[] = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'ko' },
  { theme: 'dark', locale: 'ko', only: ['decoder, token and key: verdict, findings open, secret found', 'encoder', 'learn, the walk-through run to the end'] },
];

function hs256(secret: string, payload: Record<string, unknown>): string {
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

// Signed with the most famous default secret and long expired: a verdict, several findings of
// different severities, and an audit that finds the secret.
const WEAK_TOKEN = hs256('secret', { sub: '1234567890', name: 'Ada', admin: true, iat: 1_516_239_022, exp: 1_516_242_622 });
// Signed with a secret no wordlist holds: the audit finishes with nothing found.
const STRONG_SECRET = 'b7f3c1e09a4d4f6e8c2a5d7e9f1b3c5a7e9d1f3b5c7a9e1d';
const STRONG_TOKEN = hs256(STRONG_SECRET, { sub: 'service', iss: 'https://issuer.example', aud: 'api', exp: 4_102_444_800 });
const BROKEN_TOKEN = `${base64url(JSON.stringify({ alg: 'HS256' }))}.eyJzdWIiOiJ4I!!.c2ln`;

interface View {
  name: string;
  /** Opens the view (from wherever the previous one left the page) and waits until it has settled. */
  open(page: Page): Promise<void>;
}

async function openDecoderWith(page: Page, token: string, key: string): Promise<void> {
  await page.goto('./#/');
  const tokenInput = page.getByTestId('token-input');
  await expect(tokenInput).toBeVisible();
  await tokenInput.fill(token);
  await page.getByTestId('key-input').fill(key);
}

/** Opens the findings list when it is folded, so its entries are checked too. */
async function openFindings(page: Page): Promise<void> {
  const fold = page.locator('.findings-fold');
  await expect(fold).toBeVisible();
  if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('finding').first()).toBeVisible();
}

const VIEWS: readonly View[] = [
  {
    name: 'decoder, empty',
    async open(page) {
      await page.goto('./#/');
      await expect(page.getByTestId('token-input')).toHaveValue('');
      await expect(page.getByTestId('examples-select')).toBeVisible();
    },
  },
  {
    name: 'decoder, token and key: verdict, findings open, secret found',
    async open(page) {
      await openDecoderWith(page, WEAK_TOKEN, 'secret');
      await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'valid');
      await expect(page.getByTestId('secret-audit')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
      await expect(page.getByTestId('finding').and(page.locator('[data-rule="hmac-weak-secret"]'))).toHaveCount(1, { timeout: 10_000 });
      await openFindings(page);
    },
  },
  {
    name: 'decoder, wrong key: reason shown, audit finished with nothing found',
    async open(page) {
      await openDecoderWith(page, STRONG_TOKEN, 'not-the-secret');
      await expect(page.getByTestId('verify-status')).toHaveAttribute('data-status', 'invalid');
      await expect(page.getByTestId('verify-reason')).toBeVisible();
      await expect(page.getByTestId('secret-audit')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    },
  },
  {
    name: 'decoder, broken token',
    async open(page) {
      await openDecoderWith(page, BROKEN_TOKEN, '');
      await expect(page.getByTestId('decode-error')).toBeVisible();
    },
  },
  {
    name: 'decoder, JWE',
    async open(page) {
      await openDecoderWith(page, makeJwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'k1' }), '');
      await expect(page.getByTestId('token-part')).toHaveCount(5);
      await expect(page.getByTestId('header-json')).toBeVisible();
    },
  },
  {
    name: 'encoder',
    async open(page) {
      await page.goto('./#/encode');
      await expect(page.getByTestId('encoder-header')).toBeVisible();
      await page.getByTestId('encoder-generate-key').click();
      await expect(page.getByTestId('encoder-token')).toHaveText(/^[\w-]+\.[\w-]+\.[\w-]*$/);
    },
  },
  {
    name: 'rules index',
    async open(page) {
      await page.goto('./#/rules');
      await expect(page.getByTestId('rules-index')).toBeVisible();
    },
  },
  {
    name: 'rule page',
    async open(page) {
      await page.goto('./#/rules/hmac-weak-secret');
      await expect(page.getByTestId('rule-page')).toBeVisible();
    },
  },
  {
    name: 'learn, the walk-through run to the end',
    async open(page) {
      await page.goto('./#/learn');
      // The view starts with the decoder's last token: an HS256 token of its own makes every part apply.
      await page.getByTestId('learn-token-input').fill(STRONG_TOKEN);
      await page.getByTestId('learn-key-input').fill(STRONG_SECRET);
      await expect(page.getByTestId('lens-layer')).toHaveCount(4);
      await page.getByTestId('sig-run').click();
      await expect(page.getByTestId('sig-compare')).toHaveAttribute('data-match', 'true');
    },
  },
  {
    name: 'not-found page',
    async open(page) {
      await page.goto('./#/no-such-view');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
];

/** Serious and critical violations, one readable block each: rule, impact, help and every node with its failure summary. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Only violations are read: axe then skips gathering the details of every rule that passed.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map((node) => `  - ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    );
}

async function chooseSettings(page: Page, theme: Theme, locale: Locale): Promise<void> {
  await page.goto('./#/');
  await page.getByTestId('theme-select').selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await page.getByTestId('language-select').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await page.reload();
  await expect(page.getByTestId('theme-select')).toHaveValue(theme);
}

for (const { theme, locale, only } of SETTINGS) {
  const views = only ? VIEWS.filter((view) => only.includes(view.name)) : VIEWS;
  test(`axe: no serious or critical violations on ${only ? views.map((view) => view.name.replace(/:.*/, '')).join(' and ') : 'any view'}, ${theme} theme, ${locale}`, async ({ page }) => {
    test.setTimeout(90_000);
    expect(views).toHaveLength(only?.length ?? VIEWS.length);
    await chooseSettings(page, theme, locale);
    for (const view of views) {
      await test.step(view.name, async () => {
        await view.open(page);
        // The settings hold on every view.
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        const found = await seriousViolations(page);
        expect.soft(found, `axe on "${view.name}" (${theme}, ${locale}):\n${found.join('\n')}`).toEqual([]);
      });
    }
  });
}

test('a screen reader is told the settled verdict, the audit outcome and a decode error, each once, while typing', async ({ page, decoder }) => {
  await page.addInitScript(recordAnnouncements, LIVE);
  const said = () => page.evaluate(readAnnouncements);
  await decoder.goto();
  await decoder.fillToken(WEAK_TOKEN);
  await expect(page.getByTestId('secret-audit-hit')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(LIVE).filter({ hasText: 'The secret is known' })).toHaveCount(1);
  const audit = (await said()).filter((text) => /secret is known|Checking…|candidates/.test(text));
  expect(audit, 'the audit says its outcome once and never its progress').toHaveLength(1);
  expect(audit[0]).toMatch(/^The secret is known\. .*famous default secrets/);

  // The key typed a keystroke at a time: one verdict, once it has settled.
  await page.evaluate(clearAnnouncements);
  await decoder.keyInput.pressSequentially('secret', { delay: 60 });
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  const verdict = page.locator(LIVE).filter({ hasText: 'Signature verified' });
  await expect(verdict).toHaveCount(1);
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  expect(await decoder.verifyStatus.evaluate(isOutsideLiveRegions, LIVE)).toBe(true);
  expect((await said()).filter((text) => /Signature|Checking the signature/.test(text))).toEqual([await verdict.textContent()]);

  // A broken token typed a keystroke at a time: the last problem, once.
  await decoder.fillToken('');
  await page.evaluate(clearAnnouncements);
  await decoder.tokenInput.pressSequentially(BROKEN_TOKEN, { delay: 40 });
  await expect(decoder.decodeError).toHaveAttribute('data-part', 'payload');
  const problem = page.locator(LIVE).filter({ hasText: 'could not be fully decoded' });
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveText(/^The token could not be fully decoded\. Payload: /);
  expect(await decoder.decodeError.evaluate(isOutsideLiveRegions, LIVE)).toBe(true);
  expect((await said()).filter((text) => /decoded|JWT has/.test(text))).toEqual([await problem.textContent()]);
});

// axe cannot judge the coloured token: its text lies under the box's transparent text. Each part's
// colour is measured against the box here, for every part name and both themes.
for (const theme of ['light', 'dark'] as const) {
  test(`the coloured token's parts keep 4.5:1 against the token box, ${theme} theme`, async ({ page, decoder }) => {
    await chooseSettings(page, theme, 'en');
    const measured: { part: string; contrast: number }[] = [];
    for (const token of [WEAK_TOKEN, makeJwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })]) {
      await decoder.fillToken(token);
      await expect(decoder.parts()).toHaveCount(token.split('.').length);
      for (const part of await decoder.parts().all()) {
        measured.push({ part: (await part.getAttribute('data-part')) ?? '', contrast: await part.evaluate(contrastAgainstBackground, 'color' as const) });
      }
    }
    expect(new Set(measured.map(({ part }) => part))).toEqual(new Set(['header', 'payload', 'signature', 'encrypted-key', 'iv', 'ciphertext', 'tag']));
    expect(measured.filter(({ contrast }) => contrast < 4.5), 'parts under 4.5:1').toEqual([]);
  });
}
