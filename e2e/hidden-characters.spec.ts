import type { Locator } from '@playwright/test';
import { expect, makeToken, test, type DecoderPage } from './fixtures';

// Issue 11: what a token says must not differ from what the page shows. Invisible and
// direction-changing characters are drawn as marks (`hidden-char`, docs/ui-contract.md) wherever a
// value is shown, and named by a finding; numbers are shown as written in the token.

const HEADER = { alg: 'HS256', typ: 'JWT' };
const SECRET = 'a-string-secret-at-least-256-bits-long';
/** "admin" followed by tag characters spelling "admin" and a cancel tag: ASCII smuggled past the eye. */
const TAGGED = `admin${[...'admin'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('')}\u{E007F}`;

/** The `data-codepoint` of every `hidden-char` inside `scope`, in order. */
async function codepointsIn(scope: Locator): Promise<string[]> {
  return scope.getByTestId('hidden-char').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-codepoint') ?? ''));
}

function claimRow(decoder: DecoderPage, name: string): Locator {
  return decoder.page.getByTestId('claim-row').and(decoder.page.locator(`[data-claim="${name}"]`));
}

const CASES = [
  { name: 'a zero-width space inside the word', role: 'adm\u200Bin', codepoints: ['200b'] },
  { name: 'a zero-width space at the end', role: 'admin\u200B', codepoints: ['200b'] },
  { name: 'a word joiner and a byte-order mark', role: 'ad\u2060mi\uFEFFn', codepoints: ['2060', 'feff'] },
  { name: 'a right-to-left override (shown as “admin”)', role: '\u202Enimda', codepoints: ['202e'] },
  { name: 'tag characters after “admin”', role: TAGGED, codepoints: ['e0061', 'e0064', 'e006d', 'e0069', 'e006e', 'e007f'] },
];

test.describe('invisible characters made visible', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  for (const { name, role, codepoints } of CASES) {
    test(`${name}: marked in the payload pane and the claims table, and named by a finding`, async ({ decoder, findings }) => {
      const payload = { sub: 'user-1', role };
      await decoder.pasteToken(makeToken(HEADER, payload, SECRET));
      expect(await codepointsIn(decoder.payloadJson)).toEqual(codepoints);
      await expect(claimRow(decoder, 'role')).toBeVisible();
      expect(await codepointsIn(claimRow(decoder, 'role'))).toEqual(codepoints);
      // The marks keep the characters: the pane's text is still the decoded payload.
      expect(JSON.parse((await decoder.payloadJson.textContent()) ?? '')).toEqual(payload);
      const finding = findings.rule('invisible-characters');
      await expect(finding).toHaveCount(1);
      await expect(finding).toHaveAttribute('data-severity', 'medium');
      await expect(finding).toContainText('“/role”');
      expect(await codepointsIn(finding.locator('.finding-value'))).toEqual(codepoints);
    });
  }

  test('a mark is a visible box with the code point, its name on hover and as its accessible name', async ({ decoder }) => {
    await decoder.pasteToken(makeToken(HEADER, { sub: 'user-1', role: 'adm\u200Bin' }, SECRET));
    const mark = decoder.payloadJson.getByTestId('hidden-char');
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAttribute('data-codepoint', '200b');
    await expect(mark).toHaveAttribute('title', 'U+200B ZERO WIDTH SPACE: an invisible format character');
    await expect(decoder.payloadJson.getByRole('img', { name: 'U+200B ZERO WIDTH SPACE: an invisible format character' })).toHaveCount(1);
    const label = await mark.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(label).toBe('"U+200B"');
    const box = await mark.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(10);
  });

  test('a right-to-left override acts inside its mark only: the value reads in the order it is written', async ({ decoder }) => {
    await decoder.pasteToken(makeToken(HEADER, { sub: 'user-1', role: '\u202Enimda' }, SECRET));
    const value = claimRow(decoder, 'role').locator('.claim-value');
    await expect(value.getByTestId('hidden-char')).toBeVisible();
    // Without the mark the browser would draw "nimda" right to left, as "admin"; the first letter drawn is "n".
    const firstLetterDrawn = await value.evaluate((element) => {
      const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('nimda'));
      if (!text) return '';
      const range = document.createRange();
      const letters = [...'nimda'].map((letter, index) => {
        const start = (text.textContent ?? '').indexOf('nimda') + index;
        range.setStart(text, start);
        range.setEnd(text, start + 1);
        return { letter, left: range.getBoundingClientRect().left };
      });
      return letters.sort((a, b) => a.left - b.left)[0]?.letter ?? '';
    });
    expect(firstLetterDrawn).toBe('n');
  });

  test('a hidden character in a claim name and in the header kid is a high finding, marked in both panes', async ({ decoder, findings }) => {
    await decoder.pasteToken(makeToken({ ...HEADER, kid: 'key\u200D1' }, { sub: 'user-1', 'rol\u200Be': 'admin' }, SECRET));
    expect(await codepointsIn(decoder.headerJson)).toEqual(['200d']);
    expect(await codepointsIn(decoder.payloadJson)).toEqual(['200b']);
    await expect(findings.rule('invisible-characters')).toHaveCount(2);
    for (const finding of await findings.rule('invisible-characters').all()) await expect(finding).toHaveAttribute('data-severity', 'high');
    expect(await codepointsIn(claimRow(decoder, 'rol\u200Be'))).toEqual(['200b']);
  });

  test('an escaped NUL in a value is named by the finding', async ({ decoder, findings }) => {
    await decoder.pasteToken(makeToken(HEADER, '{"sub":"user-1","role":"admin\\u0000"}', SECRET));
    await expect(decoder.payloadJson).toContainText('"admin\\u0000"');
    await expect(findings.rule('invisible-characters')).toContainText('U+0000 NULL');
    expect(await codepointsIn(findings.rule('invisible-characters').locator('.finding-value'))).toEqual(['0000']);
  });

  test('Latin and Cyrillic mixed in one identifier is a mixed-script-identifier finding', async ({ decoder, findings }) => {
    await decoder.pasteToken(makeToken(HEADER, { sub: 'user-1', role: '\u0430dmin' }, SECRET));
    const finding = findings.rule('mixed-script-identifier');
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-severity', 'medium');
    await expect(finding).toContainText('mixes Cyrillic and Latin letters');
    await expect(finding).toContainText('reads like “admin”');
    await expect(findings.rule('invisible-characters')).toHaveCount(0);
  });

  test('in Korean, a mark says what it is in Korean', async ({ decoder }) => {
    await decoder.chooseLanguage('ko');
    await decoder.pasteToken(makeToken(HEADER, { sub: 'user-1', role: TAGGED }, SECRET));
    await expect(decoder.payloadJson.getByTestId('hidden-char').first()).toHaveAttribute('title', 'U+E0061 TAG LATIN SMALL LETTER A: 보이지 않는 태그 문자');
  });

  test('each rule has its page', async ({ rules }) => {
    for (const id of ['invisible-characters', 'mixed-script-identifier']) {
      await rules.gotoRule(id);
      await expect(rules.rulePage).toHaveAttribute('data-rule', id);
    }
  });
});

test.describe('numbers shown as written', () => {
  test('beyond 2^53, too large and negative zero: as written in the pane and the claims table, with what JavaScript reads', async ({ decoder }) => {
    await decoder.goto();
    await decoder.pasteToken(makeToken(HEADER, '{"sub":"user-1","id":9007199254740993,"big":1e400,"neg":-0,"exp":4102444800}', SECRET));
    await expect(decoder.payloadJson).toContainText('"id": 9007199254740993');
    await expect(decoder.payloadJson).toContainText('"big": 1e400');
    await expect(decoder.payloadJson).toContainText('"neg": -0');
    const notes = decoder.page.getByTestId('decode-note');
    await expect(notes.filter({ hasText: 'JavaScript reads 9007199254740992' })).toHaveCount(1);
    await expect(notes.filter({ hasText: 'JavaScript reads Infinity' })).toHaveCount(1);
    await expect(notes.filter({ hasText: 'a negative zero' })).toHaveCount(1);
    await expect(claimRow(decoder, 'id').locator('.claim-value')).toHaveText('9007199254740993');
    await expect(claimRow(decoder, 'id').getByTestId('number-note')).toContainText('JavaScript reads 9007199254740992');
    await expect(claimRow(decoder, 'big').locator('.claim-value')).toHaveText('1e400');
    await expect(claimRow(decoder, 'neg').locator('.claim-value')).toHaveText('-0');
  });
});

test.describe('the encoder', () => {
  test('marks hidden characters in the payload editor and lists them with their place', async ({ encoder, page }) => {
    await encoder.goto();
    await encoder.payload.fill('{\n  "sub": "user-1",\n  "role": "adm\u200Bin"\n}');
    const note = page.getByTestId('encoder-payload-hidden');
    await expect(note).toBeVisible();
    expect(await codepointsIn(note)).toEqual(['200b']);
    await expect(note).toContainText('line 3, column 15');
    // The editor's own mark sits under the text box, where the character is.
    expect(await codepointsIn(page.locator('.json-editor').filter({ has: encoder.payload }).locator('.json-editor-layer'))).toEqual(['200b']);
  });
});
