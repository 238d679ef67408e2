import { expect, makeToken, test, type DecoderPage } from './fixtures';

// Issue 10 item 2: a JSON member and the base64url characters that carry it light up together,
// from either side; time claims show their date in place without changing the pane's text.

const HEADER = { alg: 'HS256', typ: 'JWT' };
const EXP = 4_102_444_800; // 2100-01-01T00:00:00Z
// A multi-byte name before the nested member: byte offsets and character offsets differ after it.
const PAYLOAD = { sub: '1234567890', name: '홍길동', address: { country: 'KR', locality: 'Seoul' }, exp: EXP };
const TOKEN = makeToken(HEADER, PAYLOAD, 'linked-view-secret-0123456789abcdef');
const [HEADER_SEGMENT, PAYLOAD_SEGMENT] = TOKEN.split('.') as [string, string];

const SCREENS = [
  { name: '1280×800, English', viewport: { width: 1280, height: 800 }, locale: 'en' },
  { name: '1280×800, Korean', viewport: { width: 1280, height: 800 }, locale: 'ko' },
  { name: '360×740, English', viewport: { width: 360, height: 740 }, locale: 'en' },
  { name: '360×740, Korean', viewport: { width: 360, height: 740 }, locale: 'ko' },
] as const;

function member(decoder: DecoderPage, pointer: string) {
  return decoder.page.locator(`[data-testid="json-member"][data-pointer="${pointer}"]`);
}

/** The characters [floor(4·b0/3), ceil(4·b1/3)) of the bytes a member's compact JSON text takes in its part. */
function expectedChars(json: string, text: string) {
  const start = Buffer.byteLength(json.slice(0, json.indexOf(text)));
  const end = start + Buffer.byteLength(text);
  return { start: Math.floor((4 * start) / 3), end: Math.ceil((4 * end) / 3) };
}

/**
 * Checks the one highlight: where it is, that it shows those characters of the segment, and that
 * they (read from the 4-character groups they fall in) decode to bytes holding the member's JSON.
 */
async function expectHighlight(decoder: DecoderPage, part: 'header' | 'payload', memberJson: string) {
  const highlight = decoder.page.getByTestId('token-highlight');
  await expect(highlight).toHaveCount(1);
  await expect(highlight).toHaveAttribute('data-part', part);
  const start = Number(await highlight.getAttribute('data-start'));
  const end = Number(await highlight.getAttribute('data-end'));
  const json = JSON.stringify(part === 'header' ? HEADER : PAYLOAD);
  expect({ start, end }).toEqual(expectedChars(json, memberJson));
  const segment = part === 'header' ? HEADER_SEGMENT : PAYLOAD_SEGMENT;
  await expect(highlight).toHaveText(segment.slice(start, end));
  const groups = segment.slice(Math.floor(start / 4) * 4, Math.ceil(end / 4) * 4);
  expect(Buffer.from(groups, 'base64url').includes(Buffer.from(memberJson))).toBe(true);
}

/**
 * Where character `offset` of a coloured part is drawn, its middle in the viewport: the token box lies
 * over its coloured mirror, so a pointer there is over the box and over that character.
 */
async function characterMiddle(decoder: DecoderPage, part: 'header' | 'payload', offset: number): Promise<[number, number]> {
  await decoder.parts(part).scrollIntoViewIfNeeded();
  return decoder.parts(part).evaluate((element, at) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let before = 0;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const length = (text as Text).length;
      if (at < before + length) {
        const range = document.createRange();
        range.setStart(text, at - before);
        range.setEnd(text, at - before + 1);
        const box = range.getBoundingClientRect();
        return [box.left + box.width / 2, box.top + box.height / 2] as [number, number];
      }
      before += length;
    }
    throw new Error(`the part has no character ${at}`);
  }, offset);
}

test.describe('linked highlighting', () => {
  for (const { name, viewport, locale } of SCREENS) {
    test.describe(name, () => {
      test.beforeEach(async ({ decoder, page }) => {
        await page.setViewportSize(viewport);
        await decoder.goto();
        if (locale === 'ko') await decoder.chooseLanguage('ko');
        await decoder.pasteToken(TOKEN);
        await expect(decoder.payloadJson).toBeVisible();
      });

      test('hovering a member lights up its characters; the panes keep their JSON text', async ({ decoder, page }) => {
        expect(await decoder.payloadJson.textContent()).toBe(JSON.stringify(PAYLOAD, null, 2));
        expect(await decoder.headerJson.textContent()).toBe(JSON.stringify(HEADER, null, 2));
        await expect(page.getByTestId('token-highlight')).toHaveCount(0);

        await member(decoder, '/sub').hover();
        await expect(member(decoder, '/sub')).toHaveAttribute('data-active', 'true');
        await expectHighlight(decoder, 'payload', '"sub":"1234567890"');

        await member(decoder, '/address/country').hover();
        await expect(member(decoder, '/address/country')).toHaveAttribute('data-active', 'true');
        await expect(member(decoder, '/address')).not.toHaveAttribute('data-active', 'true');
        await expect(member(decoder, '/sub')).not.toHaveAttribute('data-active', 'true');
        await expectHighlight(decoder, 'payload', '"country":"KR"');

        await member(decoder, '/typ').hover();
        await expectHighlight(decoder, 'header', '"typ":"JWT"');

        await page.mouse.move(0, 0);
        await expect(page.getByTestId('token-highlight')).toHaveCount(0);
      });

      test('keyboard focus on a member lights up its characters', async ({ decoder, page }) => {
        await decoder.payloadJson.focus();
        await page.keyboard.press('Tab');
        await expect(member(decoder, '/sub')).toBeFocused();
        await expect(member(decoder, '/sub')).toHaveAttribute('data-active', 'true');
        await expectHighlight(decoder, 'payload', '"sub":"1234567890"');
        await page.keyboard.press('Tab');
        await expect(member(decoder, '/name')).toBeFocused();
        await expectHighlight(decoder, 'payload', '"name":"홍길동"');
      });

      test('hovering a character of the token lights up the innermost member that holds it', async ({ decoder, page }) => {
        const country = expectedChars(JSON.stringify(PAYLOAD), '"country":"KR"');
        await page.mouse.move(...(await characterMiddle(decoder, 'payload', country.start + 2)));
        await expect(member(decoder, '/address/country')).toHaveAttribute('data-active', 'true');
        await expect(member(decoder, '/address')).not.toHaveAttribute('data-active', 'true');
        await expectHighlight(decoder, 'payload', '"country":"KR"');

        const address = expectedChars(JSON.stringify(PAYLOAD), '"address":');
        await page.mouse.move(...(await characterMiddle(decoder, 'payload', address.start + 2)));
        await expect(member(decoder, '/address')).toHaveAttribute('data-active', 'true');
        await expect(member(decoder, '/address/country')).not.toHaveAttribute('data-active', 'true');

        await page.mouse.move(0, 0);
        await expect(page.getByTestId('token-highlight')).toHaveCount(0);
      });

      test('a time claim shows its date and relative time after its value, outside the JSON text', async ({ decoder }) => {
        const note = decoder.payloadJson.getByTestId('json-time-note');
        await expect(note).toHaveCount(1);
        await expect(note).toHaveAttribute('data-note', /2100/);
        await expect(note).toHaveAttribute('data-note', locale === 'ko' ? /후/ : /in \d+/);
        const drawn = await note.evaluate((element) => getComputedStyle(element, '::after').content);
        expect(drawn).toContain('2100');
        expect(await decoder.payloadJson.textContent()).toBe(JSON.stringify(PAYLOAD, null, 2));
      });
    });
  }
});
