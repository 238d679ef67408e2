import { bigPayload, expect, makeToken, test, type DecoderPage } from './fixtures';

// A large token's box shows only its ends around a marker (issue 11): a keystroke there edits the
// whole token, never the shortened copy, and the marker never becomes part of the token. The
// verdict under the token's own secret proves the token is whole again, byte for byte.

const SECRET = 'large-token-edit-secret';
const BIG = makeToken({ alg: 'HS256', typ: 'JWT' }, bigPayload(2 * 1024 * 1024, 'two-megabytes'), SECRET);
const SMALL = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'small-token' }, SECRET);
const COUNT = new Intl.NumberFormat('en').format(BIG.length);

/** Pastes the 2 MB token and waits until it is decoded and verified. */
async function pasteBig(decoder: DecoderPage): Promise<string> {
  await decoder.goto();
  await decoder.fillKey(SECRET);
  await decoder.pasteToken(BIG);
  await expect(decoder.largeTokenNotice).toContainText(COUNT, { timeout: 15_000 });
  await expect(decoder.payloadJson).toContainText('two-megabytes', { timeout: 15_000 });
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 15_000 });
  return decoder.tokenInput.inputValue();
}

test.describe('editing a large token in its shortened box', () => {
  test.setTimeout(90_000);

  test('a character typed at the end and deleted again leaves the whole token, which decodes and verifies', async ({ page, decoder, recorder }) => {
    const shown = await pasteBig(decoder);
    expect(shown.length).toBeLessThan(3_000);
    await decoder.tokenInput.click();
    // The box holds several lines (start, marker, end): Ctrl+End is the end of its text.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('A');
    await expect(decoder.largeTokenNotice).toContainText(new Intl.NumberFormat('en').format(BIG.length + 1));
    await expect(decoder.tokenInput).toHaveValue(/A$/);
    // The signature changed, so the verdict does; the token still decodes (no error about the marker's text).
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid', { timeout: 15_000 });
    await expect(decoder.decodeError).toHaveCount(0);
    await expect(decoder.payloadJson).toContainText('two-megabytes');

    await page.keyboard.press('Backspace');
    await expect(decoder.largeTokenNotice).toContainText(COUNT);
    await expect(decoder.tokenInput).toHaveValue(shown);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 15_000 });
    await expect(decoder.decodeError).toHaveCount(0);
    await expect(page.getByTestId('token-edit-refused')).toHaveCount(0);
    expect(recorder.pageErrors).toEqual([]);
  });

  test('an edit inside the marker is refused and said so; the token stays whole', async ({ page, decoder }) => {
    const shown = await pasteBig(decoder);
    const inMarker = shown.indexOf('[…') + 3;
    await decoder.tokenInput.click();
    await decoder.tokenInput.evaluate((box: HTMLTextAreaElement, at) => box.setSelectionRange(at, at), inMarker);
    await page.keyboard.type('A');
    const refused = page.getByTestId('token-edit-refused');
    await expect(refused).toBeVisible();
    await expect(refused).toHaveAttribute('data-reason', 'inside-marker');
    await expect(refused).toContainText('cannot be edited there');
    await expect(decoder.tokenInput).toHaveValue(shown);
    await expect(decoder.largeTokenNotice).toContainText(COUNT);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  });

  test('select all and paste a small token: it replaces the large one, and undo brings the large one back', async ({ page, decoder }) => {
    const shown = await pasteBig(decoder);
    await decoder.tokenInput.click();
    await page.keyboard.press('Control+A');
    await decoder.pasteToken(SMALL);
    await expect(decoder.tokenInput).toHaveValue(SMALL);
    await expect(decoder.largeTokenNotice).toHaveCount(0);
    await expect(decoder.payloadJson).toContainText('small-token');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');

    await page.keyboard.press('Control+Z');
    await expect(decoder.largeTokenNotice).toContainText(COUNT);
    await expect(decoder.tokenInput).toHaveValue(shown);
    await expect(decoder.payloadJson).toContainText('two-megabytes', { timeout: 15_000 });
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid', { timeout: 15_000 });
  });
});
