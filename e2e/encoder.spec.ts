import { readFileSync } from 'node:fs';
import { createPublicKey, verify } from 'node:crypto';
import { expect, test } from './fixtures';

// The encoder view (issue 6) in the production build: generate a key for an algorithm, sign, and
// hand the token with its public key (or secret) to the decoder, which must say `valid`. Hooks:
// docs/ui-contract.md (encoder-*) plus the project's own (encoder-none-confirm, encoder-open-in-decoder, …).

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

test.describe('encoder', () => {
  for (const alg of ['HS256', 'HS512', 'RS256', 'PS384', 'ES256', 'ES512', 'EdDSA', 'Ed25519']) {
    test(`${alg}: generate a key, sign, open in the decoder: valid`, async ({ encoder, decoder, recorder }) => {
      await encoder.goto();
      await encoder.chooseAlg(alg);
      await expect(encoder.header).toHaveValue(new RegExp(`"alg": "${alg}"`));
      await encoder.generateKey();
      const token = await encoder.signedToken();
      await expect(encoder.error).toHaveCount(0);
      if (alg.startsWith('HS')) await expect(encoder.publicKey).toHaveText(await encoder.key.inputValue());
      else await expect(encoder.publicKey).toHaveText(/^-----BEGIN PUBLIC KEY-----/);

      await encoder.openInDecoder();
      await expect(decoder.tokenInput).toHaveValue(token);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      await expect(decoder.headerJson).toContainText(`"alg": "${alg}"`);
      expect(recorder.offOrigin(ORIGIN)).toEqual([]);
      expect(recorder.cspViolations).toEqual([]);
      expect(recorder.pageErrors).toEqual([]);
    });
  }

  test('RS256 with a 3072-bit key: the token verifies with the shown public key in Node too', async ({ encoder }) => {
    await encoder.goto();
    await encoder.chooseAlg('RS256');
    await encoder.rsaBits.selectOption('3072');
    await encoder.generateKey();
    await encoder.payload.fill('{\n  "sub": "42",\n  "name": "Zoë 김철수 🔑"\n}');
    const token = await encoder.signedToken();
    const publicKey = createPublicKey((await encoder.publicKey.textContent()) ?? '');
    expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    const [header = '', payload = '', signature = ''] = token.split('.');
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toEqual({ sub: '42', name: 'Zoë 김철수 🔑' });
  });

  test('invalid JSON shows encoder-error and where it is, and no token', async ({ encoder }) => {
    await encoder.goto();
    await encoder.key.fill('a-string-secret-at-least-256-bits-long');
    await encoder.signedToken();
    await encoder.payload.fill('{\n  "sub": "1",\n  "admin": tru\n}');
    await expect(encoder.errorWithCode('json-invalid')).toBeVisible();
    // The literal `tru` breaks where the line ends.
    await expect(encoder.error).toContainText('unexpected line break at line 3, column 15');
    await expect(encoder.payloadError).toContainText('Line 3, column 15: unexpected line break.');
    await expect(encoder.token).toHaveText('');
    await expect(encoder.openInDecoderButton).toBeDisabled();
  });

  test('a key that does not fit the algorithm, and an unreadable one, get precise errors', async ({ encoder }) => {
    await encoder.goto();
    await encoder.chooseAlg('ES256');
    await encoder.key.fill('just a secret');
    await expect(encoder.errorWithCode('key-alg-mismatch')).toContainText('ES256 needs an EC private key on P-256');
    await encoder.key.fill('-----BEGIN PRIVATE KEY-----\nMIIB\n');
    await expect(encoder.errorWithCode('key-unreadable')).toBeVisible();
    await expect(encoder.token).toHaveText('');
  });

  test('alg none needs the loud confirmation; the decoder then refuses the token', async ({ encoder, decoder }) => {
    await encoder.goto();
    await encoder.chooseAlg('none');
    await expect(encoder.page.getByTestId('encoder-none-warning')).toBeVisible();
    await expect(encoder.errorWithCode('none-not-confirmed')).toBeVisible();
    await encoder.noneConfirm.check();
    const token = await encoder.signedToken();
    expect(token.endsWith('.')).toBe(true);
    await encoder.openInDecoder();
    await expect(decoder.tokenInput).toHaveValue(token);
    await expect(decoder.headerJson).toContainText('"alg": "none"');
    await decoder.fillKey('any key at all');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
  });

  test('download and copy go through blob: URLs and the clipboard, with no request and no CSP violation', async ({ encoder, recorder, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await encoder.goto();
    await encoder.chooseAlg('ES384');
    await encoder.generateKey();
    const token = await encoder.signedToken();

    const [download] = await Promise.all([encoder.page.waitForEvent('download'), encoder.downloadTokenButton.click()]);
    expect(download.suggestedFilename()).toBe('token.jwt');
    expect(readFileSync(await download.path(), 'utf8')).toBe(token);

    await encoder.page.getByText('Export the generated key').click();
    await encoder.exportFormat.selectOption('jwks');
    const jwks = JSON.parse((await encoder.exportText.textContent()) ?? '') as { keys: { kid: string; alg: string }[] };
    expect(jwks.keys[0]).toMatchObject({ alg: 'ES384', kid: expect.stringMatching(/^[\w-]{43}$/) });
    const [jwksDownload] = await Promise.all([encoder.page.waitForEvent('download'), encoder.exportDownloadButton.click()]);
    expect(JSON.parse(readFileSync(await jwksDownload.path(), 'utf8'))).toEqual(jwks);

    await encoder.page.getByTestId('encoder-copy-token').click();
    expect(await encoder.page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    expect(recorder.offOrigin(ORIGIN)).toEqual([]);
    expect(recorder.cspViolations).toEqual([]);
    expect(recorder.consoleErrors).toEqual([]);
  });

  test('"Edit in encoder" on the decoder carries the example over; re-signing gives the same token', async ({ encoder, decoder }) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    const example = await decoder.tokenInput.inputValue();
    await decoder.fillKey('jwt-inspector-example-secret');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await decoder.page.getByTestId('edit-in-encoder').click();
    await expect(encoder.key).toHaveValue('jwt-inspector-example-secret');
    expect(await encoder.signedToken()).toBe(example);
  });

  test('reached from the navigation, with an <h1>, in both languages', async ({ decoder, encoder }) => {
    await decoder.goto();
    await decoder.page.getByRole('navigation').getByRole('link', { name: 'Encoder' }).click();
    await expect(encoder.heading).toHaveText('Build and sign a JSON Web Token');
    await decoder.chooseLanguage('ko');
    await expect(encoder.heading).toHaveText('JSON 웹 토큰 만들기와 서명');
    await expect(encoder.errorWithCode('key-missing')).toContainText('아직 키가 없습니다');
  });

  test('works 360 px wide: nothing overflows sideways', async ({ encoder, page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await encoder.goto();
    await encoder.chooseAlg('RS256');
    await encoder.generateKey();
    await encoder.signedToken();
    await page.getByText('Export the generated key').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.goto('./');
    await expect(page.getByTestId('token-input')).toBeVisible();
    await page.getByTestId('example-button').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
