import { base64url, bigPayload, expect, makeJwe, makeToken, test, waitForFrames, type DecoderPage } from './fixtures';

// The decoder view through the UI contract (docs/ui-contract.md): what a person pastes, what they see.

const HEADER = { alg: 'HS256', typ: 'JWT' };
const PAYLOAD = { sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 };
const TOKEN = makeToken(HEADER, PAYLOAD, 'a-string-secret-at-least-256-bits-long');

/** The pane's text parsed as JSON: the contract says it is the decoded value, pretty-printed. */
async function shownJson(decoder: DecoderPage, pane: 'headerJson' | 'payloadJson'): Promise<unknown> {
  const text = (await decoder[pane].textContent()) ?? '';
  expect(text, `${pane} is pretty-printed`).toContain('\n');
  return JSON.parse(text) as unknown;
}

test.describe('decoding', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('an HS256 token decodes into header, payload and three coloured parts', async ({ decoder }) => {
    await decoder.fillToken(TOKEN);
    await expect(decoder.parts()).toHaveCount(3);
    expect(await decoder.parts().evaluateAll((els) => els.map((el) => el.getAttribute('data-part')))).toEqual(['header', 'payload', 'signature']);
    await expect(decoder.headerJson).toContainText('"HS256"');
    await expect(decoder.payloadJson).toContainText('"John Doe"');
    expect(await shownJson(decoder, 'headerJson')).toEqual(HEADER);
    expect(await shownJson(decoder, 'payloadJson')).toEqual(PAYLOAD);
    await expect(decoder.decodeError).toHaveCount(0);
  });

  test('a token with a Bearer prefix and line breaks decodes', async ({ decoder }) => {
    await decoder.fillToken(`  Bearer ${TOKEN.slice(0, 25)}\n${TOKEN.slice(25, 70)}\r\n${TOKEN.slice(70)}\n`);
    await expect(decoder.parts()).toHaveCount(3);
    await expect(decoder.payloadJson).toContainText('"John Doe"');
    expect(await shownJson(decoder, 'payloadJson')).toEqual(PAYLOAD);
    expect(await shownJson(decoder, 'headerJson')).toEqual(HEADER);
  });

  test('broken base64 in the payload is reported on the payload while the header still shows', async ({ decoder }) => {
    const [header = '', payload = '', signature = ''] = TOKEN.split('.');
    await decoder.fillToken(`${header}.${payload.slice(0, 10)}!*%${payload.slice(10)}.${signature}`);
    await expect(decoder.errorFor('payload')).toBeVisible();
    await expect(decoder.headerJson).toContainText('"HS256"');
    expect(await shownJson(decoder, 'headerJson')).toEqual(HEADER);
    await expect(decoder.parts()).toHaveCount(3);
  });

  test('a payload that is not JSON is shown as its text', async ({ decoder }) => {
    await decoder.fillToken(makeToken(HEADER, 'hello, this payload is plain text', 'secret'));
    await expect(decoder.payloadJson).toContainText('hello, this payload is plain text');
    await expect(decoder.headerJson).toContainText('"HS256"');
  });

  test('a JWE shows its five parts and its header', async ({ decoder }) => {
    await decoder.fillToken(makeJwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'jwe-key' }));
    await expect(decoder.parts()).toHaveCount(5);
    expect(await decoder.parts().evaluateAll((els) => els.map((el) => el.getAttribute('data-part')))).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
    await expect(decoder.headerJson).toContainText('"A256GCM"');
  });

  test('a single part is a structure error', async ({ decoder }) => {
    await decoder.fillToken(base64url(JSON.stringify(HEADER)));
    await expect(decoder.errorFor('structure')).toBeVisible();
  });

  test('markup inside claims is shown as text and never runs', async ({ page, decoder, recorder }) => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    await decoder.fillToken(makeToken({ ...HEADER, kid: '<script>window.__pwned=2</script>' }, { ...PAYLOAD, name: markup, html: '<b id="injected">bold</b>' }, 'secret'));
    await expect(decoder.payloadJson).toContainText('<img src=x onerror=');
    await expect(decoder.payloadJson).toContainText('<b id=\\"injected\\">bold</b>');
    await expect(decoder.headerJson).toContainText('<script>window.__pwned=2</script>');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('#injected')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(recorder.cspViolations).toEqual([]);
    expect(recorder.pageErrors).toEqual([]);
  });

  test('a 5 MB paste shows a notice and the page keeps responding', async ({ page, decoder }) => {
    test.setTimeout(90_000);
    const big = makeToken(HEADER, bigPayload(5 * 1024 * 1024, 'five-megabytes'), 'secret');
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    await decoder.pasteToken(big);
    await expect(decoder.largeTokenNotice).toBeVisible({ timeout: 15_000 });
    await expect(decoder.payloadJson).toContainText('five-megabytes', { timeout: 15_000 });

    // The main thread is free again: a round trip through the page is quick.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started, 'one frame after the big paste').toBeLessThan(2_000);

    // And the app still answers input: a typical token replaces the big one.
    await decoder.pasteToken(TOKEN);
    await expect(decoder.payloadJson).toContainText('"John Doe"', { timeout: 5_000 });
    await expect(decoder.largeTokenNotice).toHaveCount(0);
  });

  test('switching to Korean changes <html lang> and the visible text', async ({ page, decoder }) => {
    const heading = page.getByRole('heading', { level: 1 });
    const english = (await heading.textContent()) ?? '';
    await decoder.chooseLanguage('ko');
    await expect(heading).not.toHaveText(english);
    await expect(heading).toHaveText(/[\uAC00-\uD7A3]/);
    await expect(decoder.languageSelect).toHaveValue('ko');
    await decoder.chooseLanguage('en');
    await expect(heading).toHaveText(english);
  });
});


test('a fresh page rehearses its first paste unseen: no frame shows a token the reader did not give it', async ({ page, decoder }) => {
  // Counts the payload panes drawn, and the animation frames (each comes before a paint) in which the
  // page shows a payload or a token, from before the app's own scripts run.
  await page.addInitScript(() => {
    const seen = { panesDrawn: 0, framesShowingAToken: 0 };
    Object.assign(window, { seen });
    const isPane = (node: Node) => node instanceof Element && (node.matches('[data-testid="payload-json"]') || node.querySelector('[data-testid="payload-json"]') !== null);
    new MutationObserver((records) => {
      for (const record of records) seen.panesDrawn += [...record.addedNodes].filter(isPane).length;
    }).observe(document, { childList: true, subtree: true });
    const onFrame = () => {
      const box = document.querySelector<HTMLTextAreaElement>('[data-testid="token-input"]');
      if (document.querySelector('[data-testid="payload-json"]') || (box !== null && box.value !== '')) seen.framesShowingAToken += 1;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: { panesDrawn: number; framesShowingAToken: number } }).seen);
  await decoder.goto();
  await expect.poll(async () => (await seen()).panesDrawn, { message: 'the example token was drawn while the page was idle' }).toBeGreaterThan(0);
  // A few frames after the rehearsal.
  await waitForFrames(page, 3);
  expect((await seen()).framesShowingAToken).toBe(0);
  await expect(decoder.tokenInput).toHaveValue('');
  await expect(decoder.payloadJson).toHaveCount(0);
  await expect(page).toHaveTitle('Decode a JSON Web Token · JWT Inspector');
});
