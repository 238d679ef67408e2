import { generateKeyPairSync } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The encoder's attack tokens (issue 15): every attack the `encoder-attack` select offers, in every
// variant, is built in the encoder, opened in the decoder and must be reported there by the rule
// the encoder links to. The list comes from the page, so an attack added without a rule that
// catches it fails here. Hooks: docs/ui-contract.md (Workbench) plus encoder-attack-variant,
// encoder-attack-rule and encoder-attack-hosted.

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const SECRET = 'a-string-secret-at-least-256-bits-long';
const PUBLIC_PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const HOST_URL = 'https://attacker.example/.well-known/jwks.json';

/** The attack controls of the encoder. */
class AttackMenu {
  readonly kind: Locator;
  readonly variant: Locator;
  readonly input: Locator;
  readonly rule: Locator;
  readonly explanation: Locator;
  readonly hosted: Locator;
  readonly hostedCopy: Locator;

  constructor(readonly page: Page) {
    this.kind = page.getByTestId('encoder-attack');
    this.variant = page.getByTestId('encoder-attack-variant');
    this.input = page.getByTestId('encoder-attack-input');
    this.rule = page.getByTestId('encoder-attack-rule');
    this.explanation = page.getByTestId('encoder-attack-explanation');
    this.hosted = page.getByTestId('encoder-attack-hosted');
    this.hostedCopy = page.getByTestId('encoder-attack-hosted-copy');
  }

  async optionValues(select: Locator): Promise<string[]> {
    return select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  }
}

function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

test.describe('encoder attack tokens', () => {
  test('every attack the encoder offers, in every variant, is reported in the decoder by the rule it links to', async ({ page, encoder, decoder, findings, recorder }) => {
    test.setTimeout(180_000);
    const menu = new AttackMenu(page);
    await encoder.goto();
    const kinds = (await menu.optionValues(menu.kind)).filter((kind) => kind !== 'none');
    expect(kinds.length).toBeGreaterThan(0);
    await expect(menu.kind).toHaveValue('none');

    let previous = '';
    for (const kind of kinds) {
      await encoder.goto();
      await menu.kind.selectOption(kind);
      const variants = (await menu.variant.count()) > 0 ? await menu.optionValues(menu.variant) : [''];
      for (const variant of variants) {
        await test.step(`${kind}${variant === '' ? '' : ` (${variant})`}`, async () => {
          await encoder.goto();
          // Algorithm confusion signs with the server's public key; the others may keep the signed token's signature.
          await encoder.key.fill(kind === 'alg-confusion' ? PUBLIC_PEM : SECRET);
          await menu.kind.selectOption(kind);
          if (variant !== '') await menu.variant.selectOption(variant);
          if ((await menu.input.count()) > 0 && (await menu.input.getAttribute('type')) === 'url') await menu.input.fill(HOST_URL);
          await expect(menu.explanation).toBeVisible();
          await expect(encoder.token).not.toHaveText(previous);
          const token = await encoder.signedToken();
          await expect(encoder.error).toHaveCount(0);
          previous = token;
          const ruleId = (await menu.rule.getAttribute('data-rule')) ?? '';
          expect(ruleId).not.toBe('');
          await expect(menu.rule).toHaveAttribute('href', `#/rules/${ruleId}`);

          await encoder.openInDecoder();
          await expect(decoder.tokenInput).toHaveValue(token);
          if (kind === 'alg-confusion') await expect(decoder.keyInput).toHaveValue(PUBLIC_PEM);
          await expect(findings.rule(ruleId).first()).toBeVisible();
        });
      }
    }
    // The jku and x5u URLs are written into tokens, never fetched.
    expect(recorder.offOrigin(ORIGIN)).toEqual([]);
    expect(recorder.pageErrors).toEqual([]);
  });

  test('jku: the JWK Set to host names the key the token is signed with, and the rule link opens the rule page', async ({ page, encoder, rules }) => {
    const menu = new AttackMenu(page);
    await encoder.goto();
    await menu.kind.selectOption('jku');
    await expect(encoder.errorWithCode('attack-input-missing')).toBeVisible();
    await menu.input.fill(HOST_URL);
    const token = await encoder.signedToken();
    const header = headerOf(token);
    expect(header).toMatchObject({ jku: HOST_URL });
    const hosted = JSON.parse((await menu.hosted.textContent()) ?? '') as { keys: { kid?: string; d?: string }[] };
    expect(hosted.keys.map((key) => key.kid)).toEqual([header.kid]);
    expect(hosted.keys[0]?.d).toBeUndefined();
    await expect(menu.hostedCopy).toBeVisible();

    await menu.rule.click();
    await expect(rules.rulePage).toBeVisible();
    await expect(page).toHaveURL(/#\/rules\/jku-header$/);
  });

  test('axe: the attack menu with its variant, input, explanation and key set has no serious or critical violations, in both languages', async ({ page, encoder, decoder }) => {
    const menu = new AttackMenu(page);
    for (const locale of ['en', 'ko'] as const) {
      await encoder.goto();
      await decoder.chooseLanguage(locale);
      await menu.kind.selectOption('kid-injection');
      await expect(menu.variant).toBeVisible();
      await menu.kind.selectOption('jku');
      await menu.input.fill(HOST_URL);
      await expect(menu.hosted).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('.attack-panel').options({ resultTypes: ['violations'] }).analyze();
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    }
  });
});
