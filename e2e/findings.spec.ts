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
  'pbes2-high-count', 'ecdh-es-invalid-epk', 'jwe-weak-key-management',
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
    await expect(findings.notVerified).toBeVisible();
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
