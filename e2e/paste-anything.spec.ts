import { base64url, expect, makeJwe, makeToken, test, type DecoderPage } from './fixtures';

// Issue 10 item 4: whatever holds a token can be pasted (a header, a curl line, a JSON body, a URL),
// while a text that is itself a token decodes exactly as before.

const HEADER = { alg: 'HS256', typ: 'JWT' };
const ACCESS_SECRET = 'paste-anything-access-secret-0123456789';
const ID_SECRET = 'paste-anything-id-secret-0123456789abc';
const ACCESS = makeToken(HEADER, { sub: 'access-subject', scope: 'read write' }, ACCESS_SECRET);
const ID = makeToken(HEADER, { sub: 'id-subject', nonce: 'n-0S6_WzA2Mj', name: 'Ada Lovelace' }, ID_SECRET);

function source(decoder: DecoderPage) {
  return decoder.page.getByTestId('token-source');
}

function candidates(decoder: DecoderPage) {
  return decoder.page.getByTestId('token-candidate');
}

/** The coloured token's text: the parts joined by dots, as the token reads. */
async function colouredToken(decoder: DecoderPage): Promise<string> {
  return (await decoder.parts().allTextContents()).join('.');
}

async function shownPayload(decoder: DecoderPage): Promise<unknown> {
  return JSON.parse((await decoder.payloadJson.textContent()) ?? '') as unknown;
}

test.describe('paste anything that holds a token', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  test('an Authorization header: the token after Bearer is decoded and verified, and the page says where it was', async ({ decoder }) => {
    await decoder.pasteToken(`Authorization: Bearer ${ACCESS}`);
    await expect(source(decoder)).toHaveAttribute('data-source', 'authorization-header');
    await expect(decoder.parts()).toHaveCount(3);
    expect(await colouredToken(decoder)).toBe(ACCESS);
    expect(await shownPayload(decoder)).toEqual({ sub: 'access-subject', scope: 'read write' });
    await expect(decoder.decodeError).toHaveCount(0);
    await expect(candidates(decoder)).toHaveCount(0);
    await decoder.pasteKey(ACCESS_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  });

  test("a curl line: the URL's dots are not read as parts of a JWE", async ({ decoder }) => {
    await decoder.fillToken(`curl -H "Authorization: Bearer ${ACCESS}" https://api.example.com/v1/me`);
    await expect(source(decoder)).toHaveAttribute('data-source', 'curl');
    expect(await decoder.parts().evaluateAll((els) => els.map((el) => el.getAttribute('data-part')))).toEqual(['header', 'payload', 'signature']);
    expect(await colouredToken(decoder)).toBe(ACCESS);
    await expect(decoder.decodeError).toHaveCount(0);
    await expect(decoder.page.getByTestId('findings')).toBeVisible();
    await expect(decoder.page.locator('[data-testid="finding"][data-severity="high"]')).toHaveCount(0);
    await decoder.pasteKey(ACCESS_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  });

  test('a JSON body with an access and an ID token: both listed, the chosen one decoded and verified', async ({ decoder }) => {
    await decoder.pasteToken(JSON.stringify({ access_token: ACCESS, token_type: 'Bearer', expires_in: 3600, id_token: ID }, null, 2));
    await expect(candidates(decoder)).toHaveCount(2);
    expect(await candidates(decoder).evaluateAll((els) => els.map((el) => [el.getAttribute('data-index'), el.getAttribute('data-kind')]))).toEqual([
      ['0', 'jws'],
      ['1', 'jws'],
    ]);
    await expect(source(decoder)).toHaveAttribute('data-source', 'json');
    await expect(decoder.payloadJson).toContainText('"access-subject"');
    await decoder.pasteKey(ID_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');

    await candidates(decoder).nth(1).click();
    await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
    expect(await shownPayload(decoder)).toEqual({ sub: 'id-subject', nonce: 'n-0S6_WzA2Mj', name: 'Ada Lovelace' });
    expect(await colouredToken(decoder)).toBe(ID);
    await expect(candidates(decoder).nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');

    await candidates(decoder).nth(0).click();
    await expect(decoder.payloadJson).toContainText('"access-subject"');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
  });

  test('a URL with a token in its fragment', async ({ decoder }) => {
    await decoder.fillToken(`https://app.example.com/callback#id_token=${ID}&state=af0ifjsldkj&session_state=a.b.c.d`);
    await expect(source(decoder)).toHaveAttribute('data-source', 'url');
    await expect(candidates(decoder)).toHaveCount(0);
    expect(await colouredToken(decoder)).toBe(ID);
    await expect(decoder.payloadJson).toContainText('"id-subject"');
  });

  test('a log with a JWE and a JWS lists both with their kinds', async ({ decoder }) => {
    const jwe = makeJwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'jwe-key' });
    await decoder.fillToken(`10:00:01 DEBUG encrypted=${jwe}\n10:00:02 DEBUG signed=${ACCESS}\n`);
    expect(await candidates(decoder).evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual(['jwe', 'jws']);
    await expect(decoder.parts()).toHaveCount(5);
    await candidates(decoder).nth(1).click();
    await expect(decoder.parts()).toHaveCount(3);
    await expect(decoder.payloadJson).toContainText('"access-subject"');
  });

  test('a bare token and a malformed token behave as before', async ({ decoder }) => {
    await decoder.fillToken(`Bearer ${ACCESS.slice(0, 30)}\n${ACCESS.slice(30)}`);
    await expect(decoder.payloadJson).toContainText('"access-subject"');
    await expect(source(decoder)).toHaveCount(0);
    expect(await colouredToken(decoder)).toBe(ACCESS);

    const [header = '', payload = '', signature = ''] = ACCESS.split('.');
    await decoder.fillToken(`${header}.${payload.slice(0, 10)}!*%${payload.slice(10)}.${signature}`);
    await expect(decoder.errorFor('payload')).toBeVisible();
    await expect(source(decoder)).toHaveCount(0);
    await expect(decoder.parts()).toHaveCount(3);

    await decoder.fillToken(base64url(JSON.stringify(HEADER)));
    await expect(decoder.errorFor('structure')).toBeVisible();
    await expect(source(decoder)).toHaveCount(0);
  });
});

test.describe('on a phone, in Korean', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the tokens of a JSON body are listed and chosen by touch', async ({ decoder }) => {
    await decoder.goto();
    await decoder.chooseLanguage('ko');
    await decoder.pasteToken(JSON.stringify({ access_token: ACCESS, id_token: ID }));
    await expect(source(decoder)).toContainText('JSON 값에서 꺼낸 토큰입니다');
    await expect(candidates(decoder)).toHaveCount(2);
    await candidates(decoder).nth(1).tap();
    await expect(decoder.payloadJson).toContainText('"Ada Lovelace"');
    const box = await candidates(decoder).nth(1).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(360);
  });
});
