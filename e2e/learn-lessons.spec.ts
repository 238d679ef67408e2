import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 12, part 5: every lesson opens at its URL in both languages with its own body (not the
// stub), and passes axe with no serious or critical violation. English runs in the light theme,
// Korean in the dark one, so each theme and each language is checked on every lesson. The flows'
// diagrams fit a 360 px phone.

type Locale = 'en' | 'ko';
type Theme = 'light' | 'dark';

/** The lesson ids of the UI contract, in reading order, with their titles. */
const LESSONS: readonly { id: string; title: Record<Locale, string> }[] = [
  { id: 'structure', title: { en: 'The three parts of a JWT', ko: 'JWT의 세 부분' } },
  { id: 'base64url', title: { en: 'Base64url is encoding, not encryption', ko: 'Base64url은 인코딩이지 암호화가 아닙니다' } },
  { id: 'signature', title: { en: 'How the signature is made and checked', ko: '서명은 어떻게 만들고 검증하나' } },
  { id: 'flow', title: { en: "Login, Bearer, verify: a token's journey", ko: '로그인, Bearer, 검증: 토큰의 여정' } },
  { id: 'session-vs-token', title: { en: 'Sessions or tokens', ko: '세션이냐 토큰이냐' } },
  { id: 'refresh-tokens', title: { en: 'Access and refresh tokens', ko: '액세스 토큰과 리프레시 토큰' } },
  { id: 'storage', title: { en: 'Where to keep a token', ko: '토큰은 어디에 보관할까' } },
  { id: 'revocation', title: { en: 'Taking a token back', ko: '토큰을 되돌리는 방법' } },
  { id: 'hs-vs-rs', title: { en: 'HS256 or RS256', ko: 'HS256이냐 RS256이냐' } },
  { id: 'jwt-vs-oauth', title: { en: 'JWT, OAuth 2.0 and OpenID Connect', ko: 'JWT, OAuth 2.0, OpenID Connect' } },
  { id: 'jwe', title: { en: 'Encrypted tokens (JWE)', ko: '암호화된 토큰(JWE)' } },
  { id: 'attacks', title: { en: 'Attacks on JWTs', ko: 'JWT 공격' } },
];

const STUB: Record<Locale, string> = { en: 'To be written.', ko: '작성 예정.' };

const SETTINGS: readonly { locale: Locale; theme: Theme }[] = [
  { locale: 'en', theme: 'light' },
  { locale: 'ko', theme: 'dark' },
];

/** Chooses the theme and language with the header's selects, as a user does; both outlive a reload. */
async function chooseSettings(page: Page, theme: Theme, locale: Locale): Promise<void> {
  await page.goto('./#/');
  await page.getByTestId('theme-select').selectOption(theme);
  await page.getByTestId('language-select').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('article.lesson').options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  - ${node.target.join(' ')}`).join('\n')}`);
}

for (const { locale, theme } of SETTINGS) {
  // One page per setting, every lesson opened by its URL in turn: a fresh page per lesson cost more
  // than the lesson's own checks. Axe looks at the lesson itself; the view around it is checked by
  // accessibility.spec.ts.
  test(`every lesson in ${locale}, ${theme} theme, opens at its URL with its title and its own body, and passes axe`, async ({ page }) => {
    test.setTimeout(120_000);
    await chooseSettings(page, theme, locale);
    for (const lesson of LESSONS) {
      await test.step(`#/learn/${lesson.id}`, async () => {
        await page.goto(`./#/learn/${lesson.id}`);
        const title = lesson.title[locale];
        await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
        const article = page.getByRole('article', { name: title });
        await expect(article).not.toHaveAttribute('aria-busy', 'true');
        await expect(article.locator('.lesson-body')).toBeVisible();
        await expect(article).not.toContainText(STUB[locale]);
        // Axe sees the lesson as a learner leaves it: a question answered, a diagram's text open.
        const choice = article.locator('.predict-choice').first();
        if ((await choice.count()) > 0) await choice.click();
        const diagramText = article.locator('details.seq-text summary').first();
        if ((await diagramText.count()) > 0) await diagramText.click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const found = await seriousViolations(page);
        expect.soft(found, `axe on #/learn/${lesson.id} (${theme}, ${locale}):\n${found.join('\n')}`).toEqual([]);
      });
    }
  });
}

test('the index at #/learn lists the twelve lessons, each with a summary, and a click opens one', async ({ page }) => {
  await page.goto('./#/learn');
  const items = page.getByTestId('lesson');
  await expect(items).toHaveCount(LESSONS.length);
  expect(await items.evaluateAll((all) => all.map((item) => item.getAttribute('data-lesson')))).toEqual(LESSONS.map((lesson) => lesson.id));
  for (const item of await items.all()) await expect(item.locator('.lesson-summary')).not.toBeEmpty();
  await page.locator('[data-testid="lesson"][data-lesson="flow"]').getByRole('link').click();
  await expect(page).toHaveURL(/#\/learn\/flow$/);
  // Opened by a link from the bottom of the overview, the lesson starts at its title, which has the focus.
  const title = page.getByRole('heading', { level: 2, name: "Login, Bearer, verify: a token's journey" });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  await page.getByRole('link', { name: /^Next: Sessions or tokens/ }).click();
  await expect(page).toHaveURL(/#\/learn\/session-vs-token$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sessions or tokens' })).toBeFocused();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const id of ['flow', 'session-vs-token', 'refresh-tokens', 'jwt-vs-oauth']) {
    test(`#/learn/${id}: the diagrams shrink to the screen and the page does not scroll sideways`, async ({ page }) => {
      await page.goto(`./#/learn/${id}`);
      const diagrams = page.locator('figure.seq svg[role="img"]');
      await expect(diagrams.first()).toBeVisible();
      for (const diagram of await diagrams.all()) {
        const box = await diagram.boundingBox();
        expect(box?.width ?? Infinity).toBeLessThanOrEqual(360);
        expect(box?.height ?? 0).toBeGreaterThan(100);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }
});
