import type { Locator, Page } from '@playwright/test';
import { base64url, expect, makeToken, test } from './fixtures';

// The security findings in the decoder and the rule pages, through the UI contract's `finding`
// hooks (docs/ui-contract.md) and the rule pages' test ids.

// The rule ids are public identifiers (docs/security-rules.md), so the list is spelled out here.
const RULE_IDS = [
  'alg-none', 'alg-invalid', 'empty-signature', 'signature-length-mismatch', 'ecdsa-zero-signature', 'rsa-key-too-small',
  'hmac-empty-secret', 'hmac-weak-secret', 'hmac-short-secret', 'alg-confusion-public-key-as-hmac-secret',
  'symmetric-alg-with-public-issuer', 'alg-key-mismatch', 'signature-invalid', 'embedded-jwk-header', 'private-key-exposed',
  'x5c-header', 'jku-header', 'x5u-header', 'kid-path-traversal', 'kid-sql-injection', 'kid-other-injection', 'crit-unknown',
  'b64-false', 'typ-mismatch', 'cty-header', 'non-canonical-base64url', 'not-compact-serialization', 'duplicate-json-keys',
  'json-parsing-anomaly', 'missing-exp', 'expired', 'not-yet-valid', 'iat-in-future', 'time-claim-invalid', 'excessive-lifetime',
  'missing-iss', 'missing-aud', 'sensitive-data-in-payload', 'pii-in-payload', 'large-token', 'jwe-unsigned-content', 'jwe-zip',
  'pbes2-high-count', 'ecdh-es-invalid-epk', 'jwe-weak-key-management', 'jwe-part-length-mismatch', 'jwe-key-mismatch', 'jwe-dir-short-key', 'jwe-zip-ratio', 'invisible-characters',
  'mixed-script-identifier', 'sd-jwt-unmatched-disclosure', 'sd-jwt-repeated-digest', 'sd-jwt-hash-alg', 'sd-jwt-kb-sd-hash-mismatch',
];

const ALG_NONE = `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: 'admin' }))}.`;

test.describe('findings in the decoder', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('an alg none token shows a critical alg-none finding', async ({ decoder, findings }) => {
    await decoder.fillToken(ALG_NONE);
    await expect(findings.rule('alg-none')).toHaveCount(1);
    await expect(findings.rule('alg-none')).toHaveAttribute('data-severity', 'critical');
    await expect(findings.rule('alg-none')).toContainText('Critical');
    await expect(findings.rule('alg-none')).toBeVisible();
  });

  test('a secret found by the audit becomes a critical hmac-weak-secret finding', async ({ decoder, findings, page }) => {
    // `secret` is the most famous default; the audit in its worker finds it and the findings list names it.
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify({ sub: 'x', exp: 4_102_444_800 }));
    const { createHmac } = await import('node:crypto');
    const signature = createHmac('sha256', 'secret').update(`${header}.${payload}`).digest('base64url');
    await decoder.fillToken(`${header}.${payload}.${signature}`);
    await expect(page.getByTestId('secret-audit-hit')).toContainText('secret', { timeout: 30_000 });
    await expect(findings.rule('hmac-weak-secret')).toHaveCount(1, { timeout: 10_000 });
    await expect(findings.rule('hmac-weak-secret')).toHaveAttribute('data-severity', 'critical');
  });

  test('a jku token shows jku-header, and the URL is never fetched', async ({ decoder, findings, recorder, page }) => {
    const token = makeToken({ alg: 'RS256', jku: 'https://attacker.example/jwks.json', kid: 'k' }, { sub: 'x', exp: 4_102_444_800 });
    await decoder.fillToken(token);
    await expect(findings.rule('jku-header')).toHaveCount(1);
    await expect(findings.rule('jku-header')).toHaveAttribute('data-severity', 'high');
    await expect(findings.rule('jku-header')).toContainText('https://attacker.example/jwks.json');
    expect(recorder.offOrigin(new URL(page.url()).origin)).toEqual([]);
  });

  test('a finding links to its rule page', async ({ decoder, findings, rules, page }) => {
    await decoder.fillToken(ALG_NONE);
    await findings.rule('alg-none').getByRole('link', { name: /alg-none/ }).click();
    await expect(page).toHaveURL(/#\/rules\/alg-none$/);
    await expect(rules.rulePage).toHaveAttribute('data-rule', 'alg-none');
  });

  test('every finding carries a contract severity', async ({ decoder, findings }) => {
    await decoder.fillToken(makeToken({ alg: 'HS256', kid: '../../dev/null' }, { sub: 'x', password: 'hunter2' }, 'secret'));
    await expect(findings.rule('kid-path-traversal')).toHaveCount(1);
    const severities = await findings.findings.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-severity')));
    for (const severity of severities) expect(['critical', 'high', 'medium', 'low', 'info']).toContain(severity);
  });
});

/** A strong HS256 secret, so no key rule has anything to say once it is given. */
const STRONG_SECRET = 'YT1q3ccUFO75jm3SbeLqEIwmtsvo1kKnCqfFY6lu-BxuALzN__oIkoE6qfvkpw5J';
// An hour-long token issued a minute ago: nothing to say about its times.
const NOW = Math.floor(Date.now() / 1000);
const TIMES = { iat: NOW - 60, exp: NOW + 3600 };
/** What an OIDC provider puts in an ID token (its nonce is what makes it one), profile claims included. */
const ID_TOKEN_CLAIMS = {
  iss: 'https://accounts.example.com',
  aud: 'client-1',
  sub: '248289761001',
  nonce: 'n-0S6_WzA2Mj',
  ...TIMES,
  name: 'Jane Doe',
  given_name: 'Jane',
  email: 'janedoe@example.com',
  picture: 'https://example.com/janedoe/me.jpg',
};
/** Only a low finding (no `iss`) and an info note (no `typ`): an RS256 token with a signature of the right size. */
const LOW_AND_INFO = `${base64url(JSON.stringify({ alg: 'RS256' }))}.${base64url(JSON.stringify({ sub: 'x', aud: 'api', ...TIMES }))}.${base64url(Buffer.alloc(256, 7))}`;

const SCREENS = [
  { name: 'a 1280×800 laptop, in English', viewport: { width: 1280, height: 800 }, locale: 'en' },
  { name: 'a 360×740 phone, in Korean', viewport: { width: 360, height: 740 }, locale: 'ko' },
] as const;

/** The summary's toggle for one severity (found by its count, whatever the language). */
function severityToggle(page: Page, severity: string): Locator {
  return page.getByTestId('findings-summary').getByRole('button').filter({ has: page.locator(`[data-testid="findings-count"][data-severity="${severity}"]`) });
}

async function settled(page: Page): Promise<void> {
  await expect(page.getByTestId('findings')).toHaveAttribute('aria-busy', 'false', { timeout: 10_000 });
}

test.describe('quiet by default', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('"typ": "JWT", a stripped Bearer prefix and the profile claims of an ID token are no findings', async ({ decoder, findings, page }) => {
    await decoder.pasteToken(`Bearer ${makeToken({ alg: 'HS256', typ: 'JWT' }, ID_TOKEN_CLAIMS, STRONG_SECRET)}`);
    await expect(decoder.payloadJson).toContainText('"janedoe@example.com"');
    await settled(page);
    // The Bearer prefix is said once, as a note.
    await expect(page.getByTestId('decode-note')).toContainText(['Bearer']);
    await expect(findings.rule('non-canonical-base64url')).toHaveCount(0);
    await expect(findings.rule('typ-mismatch')).toHaveCount(0);
    await expect(findings.rule('pii-in-payload')).toHaveCount(0);
    // "Not verified" is said once, by the verdict.
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'no-key');
    await expect(page.getByText(/not verified/i)).toHaveCount(1);
    await decoder.fillKey(STRONG_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await settled(page);
    await expect(findings.findings).toHaveCount(0);
    await expect(page.getByTestId('findings-summary')).toBeVisible();
  });

  for (const { name, viewport, locale } of SCREENS) {
    test(`the summary counts each severity, folds a list of only low and info findings and filters by severity (${name})`, async ({ decoder, findings, page }) => {
      await page.setViewportSize(viewport);
      if (locale === 'ko') await decoder.chooseLanguage('ko');
      await decoder.pasteToken(LOW_AND_INFO);
      await settled(page);
      const summary = page.getByTestId('findings-summary');
      await expect(summary).toBeVisible();
      await expect(summary.getByTestId('findings-count')).toHaveCount(2);
      await expect(summary.getByTestId('findings-count').and(page.locator('[data-severity="low"]'))).toHaveText('1');
      await expect(summary.getByTestId('findings-count').and(page.locator('[data-severity="info"]'))).toHaveText('1');
      // Folded: the findings are there, not shown.
      await expect(findings.rule('missing-iss')).toHaveCount(1);
      await expect(findings.rule('missing-iss')).toBeHidden();

      // A count is a toggle: pressed, it opens the list and shows only its severity.
      const info = severityToggle(page, 'info');
      await expect(info).toHaveAttribute('aria-pressed', 'false');
      await info.click();
      await expect(info).toHaveAttribute('aria-pressed', 'true');
      await expect(findings.rule('typ-mismatch')).toBeVisible();
      await expect(findings.rule('missing-iss')).toHaveCount(0);
      await info.click();
      await expect(info).toHaveAttribute('aria-pressed', 'false');
      await expect(findings.rule('missing-iss')).toBeVisible();

      // Something wrong opens the list by itself.
      await decoder.pasteToken(ALG_NONE);
      await expect(summary.getByTestId('findings-count').and(page.locator('[data-severity="critical"]'))).toHaveText('1');
      await expect(findings.rule('alg-none')).toBeVisible();
      if (locale === 'ko') await expect(summary).toContainText('치명적');
      else await expect(summary).toContainText('Critical');
    });
  }

  test('a token that does not decode: the findings say the checks could not run, in both languages', async ({ decoder, page }) => {
    await decoder.pasteToken(`${base64url('{"alg":"HS256",}')}.${base64url(JSON.stringify({ sub: 'x' }))}.c2ln`);
    await expect(decoder.errorFor('header')).toBeVisible();
    const notRun = page.getByTestId('findings-not-run');
    await expect(notRun).toContainText(/could not run|only some of the security checks could run/);
    await settled(page);
    await expect(page.getByTestId('findings')).not.toContainText('No issues found');
    await decoder.chooseLanguage('ko');
    await expect(notRun).toContainText(/실행할 수 없었습니다|일부만 실행했습니다/);
  });
});

test.describe('rule pages', () => {
  test('#/rules lists every rule id, each linking to its page', async ({ rules, page }) => {
    await rules.gotoIndex();
    await expect(rules.heading).toBeVisible();
    await expect(rules.items).toHaveCount(RULE_IDS.length);
    expect((await rules.listedIds()).sort()).toEqual([...RULE_IDS].sort());
    await expect(rules.items.and(page.locator('[data-rule="jku-header"]')).getByRole('link')).toHaveAttribute('href', '#/rules/jku-header');
  });

  test('#/rules/alg-none has an h1 inside main', async ({ rules, page }) => {
    await rules.gotoRule('alg-none');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Unsigned token (alg “none”)');
    await expect(rules.rulePage).toHaveAttribute('data-rule', 'alg-none');
  });

  test('the nav reaches the rules, and they follow the language', async ({ decoder, rules, page }) => {
    await decoder.goto();
    await page.getByRole('navigation').getByRole('link', { name: 'Rules' }).click();
    await expect(rules.items).toHaveCount(RULE_IDS.length);
    await decoder.chooseLanguage('ko');
    await expect(rules.heading).toHaveText('보안 규칙');
  });
});
