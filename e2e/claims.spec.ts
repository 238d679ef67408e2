import type { Locator, Page } from '@playwright/test';
import { expect, makeToken, test as base } from './fixtures';

// Claims, time claims and the validity window (issue 4), with the browser's clock under the test's
// control (page.clock): a token expires on screen without the test waiting for real time.

const NOW = new Date('2026-01-01T12:00:00Z');
const NOW_S = NOW.getTime() / 1000;

/** The claims view over its data-testid hooks (docs/ui-contract.md: claim-row, time-status). */
class ClaimsView {
  readonly rows: Locator;
  readonly timeStatus: Locator;
  readonly summary: Locator;
  readonly headerParams: Locator;
  readonly leeway: Locator;
  readonly evaluateAt: Locator;
  readonly evaluateNow: Locator;
  readonly zoneToggle: Locator;

  constructor(readonly page: Page) {
    this.rows = page.getByTestId('claim-row');
    this.timeStatus = page.getByTestId('time-status');
    this.summary = page.getByTestId('token-summary');
    this.headerParams = page.getByTestId('header-param');
    this.leeway = page.getByTestId('leeway-input');
    this.evaluateAt = page.getByTestId('evaluate-at-input');
    this.evaluateNow = page.getByTestId('evaluate-now-button');
    this.zoneToggle = page.getByTestId('time-zone-toggle');
  }

  row(claim: string): Locator {
    return this.rows.and(this.page.locator(`[data-claim="${claim}"]`));
  }

  countdown(claim: string): Locator {
    return this.row(claim).getByTestId('claim-countdown');
  }

  /** The "i" button that explains a claim, and the popover it controls. */
  async explanation(claim: string): Promise<{ button: Locator; body: Locator }> {
    const button = this.row(claim).getByRole('button', { name: `About ${claim}` });
    const id = await button.getAttribute('aria-controls');
    return { button, body: this.page.locator(`[id="${id}"]`) };
  }
}

const test = base.extend<{ claims: ClaimsView }>({
  claims: async ({ page }, use) => {
    await use(new ClaimsView(page));
  },
});

const ACCESS_TOKEN = makeToken(
  { alg: 'HS256', typ: 'at+jwt', kid: 'key-1' },
  { iss: 'https://as.example.com', sub: 'user-42', aud: 'https://api.example.com', client_id: 'web', scope: 'orders:read', iat: NOW_S - 55, exp: NOW_S + 5 },
  'secret',
);

/**
 * The claims and the validity are drawn once the frame showing the payload is painted, and frames
 * wait for the clock: the clock is paused one frame before NOW, and filling a token lets that frame
 * pass, so the claims are judged at NOW.
 */
const FRAME_MS = 20;
const BEFORE_FRAME = new Date(NOW.getTime() - FRAME_MS);

async function showToken(page: Page, decoder: { fillToken: (text: string) => Promise<void> }, text: string) {
  await decoder.fillToken(text);
  await page.clock.runFor(FRAME_MS);
}

test.describe('claims and time', () => {
  test.beforeEach(async ({ page, decoder }) => {
    // Installed a little before NOW, then paused a frame before it: time moves only when the test says so.
    await page.clock.install({ time: NOW.getTime() - 10_000 });
    await decoder.goto();
    await page.clock.pauseAt(BEFORE_FRAME);
  });

  test('every top-level claim gets a row, and the token expires on screen', async ({ page, decoder, claims }) => {
    await showToken(page, decoder, ACCESS_TOKEN);
    await expect(claims.rows).toHaveCount(7);
    expect(await claims.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-claim')))).toEqual([
      'iss',
      'sub',
      'aud',
      'client_id',
      'scope',
      'iat',
      'exp',
    ]);
    await expect(claims.summary).toContainText('An access token');
    await expect(claims.summary).toContainText('expires in 5 sec');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'active');
    await expect(claims.countdown('exp')).toHaveText('0:05');

    await page.clock.runFor(3_000);
    await expect(claims.countdown('exp')).toHaveText('0:02');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'active');

    await page.clock.runFor(2_000);
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'expired');
    await expect(claims.countdown('exp')).toHaveCount(0);
    await expect(claims.row('exp')).toContainText('now');
    await page.clock.runFor(60_000);
    await expect(claims.row('exp')).toContainText('1 min ago');
  });

  test('the leeway and the "evaluate at" moment change the verdict', async ({ page, decoder, claims }) => {
    await showToken(page, decoder, makeToken({ alg: 'HS256' }, { nbf: NOW_S, exp: NOW_S - 30 }, 's'));
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'expired');
    await claims.leeway.fill('60');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'active');
    await claims.leeway.fill('0');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'expired');

    await showToken(page, decoder, makeToken({ alg: 'HS256' }, { nbf: NOW_S + 3_600, exp: NOW_S + 7_200 }, 's'));
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'not-yet-valid');
    await claims.zoneToggle.getByRole('button', { name: 'UTC' }).click();
    await claims.evaluateAt.fill('2026-01-01T13:30:00');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'active');
    await expect(claims.countdown('exp')).toHaveText('30:00');
    await claims.evaluateAt.fill('2026-01-01T15:00:00');
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'expired');
    await claims.evaluateNow.click();
    await expect(claims.timeStatus).toHaveAttribute('data-status', 'not-yet-valid');
    await expect(claims.evaluateAt).toHaveValue('');
  });

  test('dates show in UTC or local time, and the choice survives a reload', async ({ page, decoder, claims }) => {
    await showToken(page, decoder, ACCESS_TOKEN);
    await claims.zoneToggle.getByRole('button', { name: 'UTC' }).click();
    await expect(claims.row('iat')).toContainText('Jan 1, 2026, 11:59:05 AM UTC');
    await page.reload();
    await showToken(page, decoder, ACCESS_TOKEN);
    await expect(claims.zoneToggle.getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
    await expect(claims.row('iat')).toContainText('UTC');
  });

  test('odd time values are named, never "Invalid Date"', async ({ page, decoder, claims }) => {
    await showToken(page, decoder, makeToken({ alg: 'HS256' }, { exp: NOW.getTime(), nbf: '1767268800', iat: 1e16, auth_time: [1] }, 's'));
    await expect(claims.row('exp')).toContainText('probably written in milliseconds');
    await expect(claims.row('nbf')).toContainText('A number in quotes');
    await expect(claims.row('iat')).toContainText('Too far from 1970');
    await expect(claims.row('auth_time')).toContainText('A list of 1 value');
    await expect(page.locator('body')).not.toContainText('Invalid Date');
    await expect(page.locator('body')).not.toContainText('NaN');
  });

  test('explanations open on hover and keyboard focus, and pin on click', async ({ page, decoder, claims }) => {
    await showToken(page, decoder, ACCESS_TOKEN);
    const { button, body } = await claims.explanation('aud');
    await expect(body).toBeHidden();
    await button.hover();
    await expect(body).toBeVisible();
    await expect(body).toContainText('RFC 7519 §4.1.3');
    await page.mouse.move(0, 0);
    await expect(body).toBeHidden();

    // Keyboard focus opens it; Tab then reaches the source links inside, and it stays open.
    await button.focus();
    await expect(body).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(body.getByRole('link', { name: 'RFC 7519 §4.1.3' })).toBeFocused();
    await expect(body).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(body).toBeHidden();

    await button.click();
    await page.mouse.move(0, 0);
    await expect(body).toBeVisible();
    await page.locator('h1').click();
    await expect(body).toBeHidden();

    const header = page.getByTestId('header-param').and(page.locator('[data-param="kid"]'));
    await header.getByRole('button', { name: 'About kid' }).hover();
    await expect(header).toContainText('never put it into a file path');
  });

  test('the claims view and its links never reach the network', async ({ page, decoder, claims, recorder }) => {
    const origin = new URL(page.url()).origin;
    await showToken(page, decoder, 
      makeToken(
        { alg: 'RS256', jku: 'https://attacker.example/jwks.json', x5u: 'https://attacker.example/cert.pem' },
        { picture: 'https://attacker.example/me.png', 'https://attacker.example/claims/role': 'admin', _claim_sources: { src1: { endpoint: 'https://attacker.example/claims' } } },
      ),
    );
    await expect(claims.rows).toHaveCount(3);
    await (await claims.explanation('picture')).button.click();
    await page.clock.runFor(2_000);
    expect(recorder.offOrigin(origin)).toEqual([]);
  });
});

test.describe('on a 360 px touch screen', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('fits the width, and a tap opens an explanation inside the screen', async ({ page, decoder, claims }) => {
    await page.clock.install({ time: NOW.getTime() - 10_000 });
    await decoder.goto();
    await page.clock.pauseAt(BEFORE_FRAME);
    await showToken(page, decoder, ACCESS_TOKEN);
    await expect(claims.rows).toHaveCount(7);
    for (const part of [claims.summary, claims.timeStatus, page.locator('.claims-pane'), page.locator('.header-params')]) {
      const box = await part.boundingBox();
      expect(box, 'laid out').not.toBeNull();
      expect((box?.x ?? -1) + (box?.width ?? Infinity), 'right edge inside 360 px').toBeLessThanOrEqual(360);
    }
    const widest = await page.locator('.claims-pane *, .time-status *, .token-summary *').evaluateAll((elements) =>
      Math.max(...elements.map((element) => element.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(360);

    const { button, body } = await claims.explanation('client_id');
    await button.tap();
    await expect(body).toBeVisible();
    const box = await body.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(360);
    await button.tap();
    await expect(body).toBeHidden();
  });
});
