import type { Page } from '@playwright/test';
import { bigPayload, expect, makeToken, test } from './fixtures';

// Issue 12 part 2, the byte lens: four aligned layers of one part, one selection seen in all of them;
// its `lens-selection` attributes follow the decoder's formula, characters [floor(4·b0/3), ceil(4·b1/3))
// for bytes [b0, b1).

const HEADER = { alg: 'HS256', typ: 'JWT' };
const EXP = 4_102_444_800;
// A Hangul name before `exp`: past it, byte offsets and character offsets of the JSON text differ.
const PAYLOAD = { sub: 'user-42', name: '김하늘', role: 'learner', exp: EXP };
const TOKEN = makeToken(HEADER, PAYLOAD, 'learn-lens-secret');
const JSON_TEXT = JSON.stringify(PAYLOAD);
const PAYLOAD_SEGMENT = TOKEN.split('.')[1] ?? '';

const SCREENS = [
  { name: '1280×800', viewport: { width: 1280, height: 800 } },
  { name: '360×740', viewport: { width: 360, height: 740 } },
] as const;

/** The UTF-8 bytes [b0, b1) that `text` takes in the payload's JSON, and the characters that carry them. */
function spanOf(text: string) {
  const start = Buffer.byteLength(JSON_TEXT.slice(0, JSON_TEXT.indexOf(text)));
  const end = start + Buffer.byteLength(text);
  return { bytes: { start, end }, chars: { start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3) } };
}

async function expectSelection(page: Page, expected: ReturnType<typeof spanOf>) {
  const selection = page.getByTestId('lens-selection');
  await expect(selection).toHaveAttribute('data-part', 'payload');
  await expect(selection).toHaveAttribute('data-byte-start', String(expected.bytes.start));
  await expect(selection).toHaveAttribute('data-byte-end', String(expected.bytes.end));
  await expect(selection).toHaveAttribute('data-char-start', String(expected.chars.start));
  await expect(selection).toHaveAttribute('data-char-end', String(expected.chars.end));
  // The characters layer lights up exactly those characters of the segment.
  const selectedChars = page.locator('[data-testid="lens-layer"][data-layer="chars"] .lens-selected');
  await expect(selectedChars).toHaveCount(expected.chars.end - expected.chars.start);
  expect((await selectedChars.allTextContents()).join('')).toBe(PAYLOAD_SEGMENT.slice(expected.chars.start, expected.chars.end));
}

function jsonToken(page: Page, text: string) {
  return page.locator('[data-testid="lens-layer"][data-layer="json"] [data-cell]').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}

async function openLens(page: Page, token: string) {
  await page.goto('./#/learn');
  const input = page.getByTestId('learn-token-input');
  await expect(input).toBeVisible();
  await input.fill(token);
  await expect(page.getByTestId('lens-layer')).toHaveCount(4);
}

test.describe('byte lens', () => {
  for (const { name, viewport } of SCREENS) {
    test.describe(name, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize(viewport);
        await openLens(page, TOKEN);
      });

      test('four layers; hovering and clicking a JSON token selects its bytes in every layer', async ({ page }) => {
        expect(await page.getByTestId('lens-layer').evaluateAll((layers) => layers.map((layer) => layer.getAttribute('data-layer')))).toEqual([
          'chars',
          'sextets',
          'bytes',
          'json',
        ]);
        // It opens on the first Hangul syllable, and says what it is.
        await expectSelection(page, spanOf('김'));
        await expect(page.locator('.lens-fact')).toContainText('Hangul syllable');

        await jsonToken(page, '"exp"').hover();
        await expectSelection(page, spanOf('"exp"'));
        await jsonToken(page, '"exp"').click();
        await page.mouse.move(0, 0);
        await expectSelection(page, spanOf('"exp"'));

        // Shift+click on the value: the whole member, name to value, as the decoder highlights it.
        await jsonToken(page, String(EXP)).click({ modifiers: ['Shift'] });
        await page.mouse.move(0, 0);
        await expectSelection(page, spanOf(`"exp":${EXP}`));
        await expect(page.locator('.lens-member')).toHaveText('Inside the member /exp.');
      });

      test('the keyboard moves and extends the selection', async ({ page }) => {
        await page.locator('[data-testid="lens-layer"][data-layer="bytes"] [data-cell="0"]').click();
        await page.mouse.move(0, 0);
        const lens = page.getByRole('group', { name: 'Byte lens of the Payload' });
        await lens.focus();
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Shift+ArrowRight');
        await page.keyboard.press('Shift+ArrowRight');
        const selection = page.getByTestId('lens-selection');
        await expect(selection).toHaveAttribute('data-byte-start', '1');
        await expect(selection).toHaveAttribute('data-byte-end', '4');
        await expect(selection).toHaveAttribute('data-char-start', '1');
        await expect(selection).toHaveAttribute('data-char-end', '6');
        await page.keyboard.press('End');
        await expect(selection).toHaveAttribute('data-byte-end', String(Buffer.byteLength(JSON_TEXT)));
        await expect(selection).toHaveAttribute('data-char-end', String(PAYLOAD_SEGMENT.length));
      });

      test('the lens scrolls inside its box: the page does not get wider', async ({ page }) => {
        const box = await page.locator('#learn-lens').boundingBox();
        expect(box?.width ?? Infinity).toBeLessThanOrEqual(viewport.width);
        const layers = await page.getByRole('group', { name: 'Byte lens of the Payload' }).boundingBox();
        expect((layers?.x ?? 0) + (layers?.width ?? Infinity)).toBeLessThanOrEqual(viewport.width);
      });
    });
  }

  test('a megabyte payload: only its first 512 bytes are laid out, and the lens says so', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openLens(page, makeToken(HEADER, bigPayload(1_000_000, 'big'), 'learn-lens-secret'));
    await expect(page.locator('.lens-note').filter({ hasText: /^Showing bytes 0–511 of / })).toBeVisible();
    await expect(page.locator('[data-testid="lens-layer"][data-layer="bytes"] [data-cell]')).toHaveCount(512);
    await expect(page.locator('[data-testid="lens-layer"][data-layer="chars"] [data-cell]')).toHaveCount(683);
  });
});
