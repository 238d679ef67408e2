import AxeBuilder from '@axe-core/playwright';
import { constants, createHash, createHmac, generateKeyPairSync, publicDecrypt, sign, type KeyObject } from 'node:crypto';
import type { Page } from '@playwright/test';
import { base64url, expect, test } from './fixtures';

// Issue 12, part 3: the signature walk-through. One token of each family is made here with
// node:crypto, pasted with its key, walked to the end, and the contract's steps (sig-step data-hex)
// are compared with what node:crypto computes here; then a tampered copy must not match.

const EXAMPLE_SECRET = 'learn-jwt-byte-by-byte';

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

interface Walked {
  name: string;
  /** Pasted into learn-token-input; null keeps the built-in example. */
  token: string | null;
  key: string | null;
  /** The contract's step ids with the hex node:crypto gives for them. */
  steps: Record<string, string>;
  tampered: string;
}

const hex = (bytes: Buffer) => bytes.toString('hex');
const sha = (hash: string, data: Buffer | string) => createHash(hash).update(data).digest();

function jws(alg: string, signWith: (input: Buffer) => Buffer): { token: string; input: Buffer; signature: Buffer; tampered: string } {
  const header = base64url(JSON.stringify({ alg, typ: 'JWT' }));
  const input = Buffer.from(`${header}.${base64url(JSON.stringify({ sub: 'learner', name: '김하나', admin: false }))}`, 'ascii');
  const signature = signWith(input);
  const tampered = `${header}.${base64url(JSON.stringify({ sub: 'learner', name: '김하나', admin: true }))}.${base64url(signature)}`;
  return { token: `${input.toString('ascii')}.${base64url(signature)}`, input, signature, tampered };
}

function exampleCase(): Walked {
  // The learn view's built-in example: read back from the page by the test, so only the key matters here.
  return { name: 'HS256 (the example)', token: null, key: null, steps: {}, tampered: '' };
}

function hmacSteps(input: Buffer, signature: Buffer, secret: string): Record<string, string> {
  const kPrime = Buffer.alloc(64);
  Buffer.from(secret).copy(kPrime);
  const innerKey = Buffer.from(kPrime.map((byte) => byte ^ 0x36));
  return {
    'signing-input': hex(input),
    signature: hex(signature),
    key: hex(Buffer.from(secret)),
    'inner-hash': hex(createHash('sha256').update(innerKey).update(input).digest()),
    mac: createHmac('sha256', secret).update(input).digest('hex'),
  };
}

/** EM = s^e mod n, through OpenSSL's raw RSA operation. */
const rawRsa = (key: KeyObject, signature: Buffer) => publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, signature);

function rsaCase(): Walked {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { token, input, signature, tampered } = jws('RS256', (data) => sign('sha256', data, privateKey));
  return {
    name: 'RS256, PEM SPKI',
    token,
    key: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    steps: { 'signing-input': hex(input), signature: hex(signature), em: hex(rawRsa(publicKey, signature)), digest: hex(sha('sha256', input)) },
    tampered,
  };
}

function mgf1(seed: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * 32 < length; counter += 1) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    blocks.push(createHash('sha256').update(seed).update(c).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function pssCase(): Walked {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { token, input, signature, tampered } = jws('PS256', (data) =>
    sign('sha256', data, { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }),
  );
  const em = rawRsa(publicKey, signature);
  // 2048-bit modulus: emBits = 2047, so EM is all 256 bytes and its top bit is cleared in DB.
  const maskedDb = em.subarray(0, em.length - 33);
  const h = em.subarray(em.length - 33, em.length - 1);
  const db = Buffer.from(maskedDb.map((byte, i) => byte ^ (mgf1(h, maskedDb.length)[i] ?? 0)));
  db[0] = (db[0] ?? 0) & 0x7f;
  return {
    name: 'PS256, JWK',
    token,
    key: JSON.stringify(publicKey.export({ format: 'jwk' })),
    steps: { 'signing-input': hex(input), signature: hex(signature), em: hex(em), digest: hex(sha('sha256', input)), h: hex(h), salt: hex(db.subarray(db.indexOf(1) + 1)) },
    tampered,
  };
}

function ecdsaCase(): Walked {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { token, input, signature, tampered } = jws('ES256', (data) => sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' }));
  return {
    name: 'ES256, JWK',
    token,
    key: JSON.stringify(publicKey.export({ format: 'jwk' })),
    steps: { 'signing-input': hex(input), signature: hex(signature), r: hex(signature.subarray(0, 32)), s: hex(signature.subarray(32)), digest: hex(sha('sha256', input)) },
    tampered,
  };
}

function eddsaCase(): Walked {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const { token, input, signature, tampered } = jws('EdDSA', (data) => sign(null, data, privateKey));
  return {
    name: 'EdDSA, PEM SPKI',
    token,
    key: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    steps: { 'signing-input': hex(input), signature: hex(signature), r: hex(signature.subarray(0, 32)), s: hex(signature.subarray(32)) },
    tampered,
  };
}

const CASES: Walked[] = [exampleCase(), rsaCase(), pssCase(), ecdsaCase(), eddsaCase()];

const steps = (page: Page) => page.getByTestId('sig-step');
const compare = (page: Page) => page.getByTestId('sig-compare');

async function openLearn(page: Page): Promise<void> {
  await page.goto('./#/learn');
  await expect(page.getByTestId('learn-token-input')).toBeVisible();
  await expect(steps(page).first()).toBeVisible();
}

async function paste(page: Page, token: string, key: string): Promise<void> {
  await page.getByTestId('learn-token-input').fill(token);
  await page.getByTestId('learn-key-input').fill(key);
}

async function runToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(compare(page)).toBeVisible();
}

async function expectSteps(page: Page, expected: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(expected)) {
    await expect(steps(page).and(page.locator(`[data-step="${id}"]`)), id).toHaveAttribute('data-hex', value);
  }
}

async function expectNoOverflow(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const viewport of VIEWPORTS) {
  test.describe(`signature walk on a ${viewport.name} (${viewport.width}×${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const row of CASES) {
      test(`${row.name}: every contract step equals node:crypto, the comparison matches, a tampered copy does not`, async ({ page }) => {
        await openLearn(page);
        let expected = row.steps;
        let tampered = row.tampered;
        if (row.token === null) {
          const token = await page.getByTestId('learn-token-input').inputValue();
          const [header = '', payload = '', signature = ''] = token.split('.');
          expected = hmacSteps(Buffer.from(`${header}.${payload}`, 'ascii'), Buffer.from(signature, 'base64url'), EXAMPLE_SECRET);
          tampered = `${header}.${base64url(JSON.stringify({ sub: 'someone-else' }))}.${signature}`;
          await expect(page.getByTestId('learn-key-input')).toHaveValue(EXAMPLE_SECRET);
        } else {
          await paste(page, row.token, row.key ?? '');
        }
        await expect(steps(page)).toHaveCount(1);
        await expect(steps(page).first()).toHaveAttribute('data-step', 'signing-input');
        await runToEnd(page);
        await expectSteps(page, expected);
        await expect(compare(page)).toHaveAttribute('data-match', 'true');

        // The longest value's "show code", opened (after the secret warning where there is one), stays inside the page.
        await steps(page).last().getByText('Show code').click();
        const showAnyway = page.getByRole('button', { name: 'Show anyway' });
        if (row.token === null) await showAnyway.click();
        await expect(page.getByTestId('sig-code')).toBeVisible();
        await expectNoOverflow(page, viewport.width);

        await page.getByTestId('learn-token-input').fill(tampered);
        await expect(compare(page)).toHaveAttribute('data-match', 'false');
        await expect(compare(page).locator('mark').first()).toBeVisible();
        await expectNoOverflow(page, viewport.width);
      });
    }
  });
}

test('the walk reads in Korean', async ({ page }) => {
  await openLearn(page);
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 2, name: '서명, 한 단계씩' })).toBeVisible();
  await page.getByRole('button', { name: '끝까지 실행' }).click();
  await expect(compare(page)).toHaveAttribute('data-match', 'true');
  await expect(compare(page)).toContainText('일치합니다');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the walked signature has no serious or critical violations, ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openLearn(page);
    const rsa = CASES[1];
    if (rsa?.token && rsa.key) await paste(page, rsa.token, rsa.key);
    await runToEnd(page);
    await steps(page).nth(2).getByText('Show code').click();
    await expect(page.getByTestId('sig-code')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('#learn-signature').options({ resultTypes: ['violations'] }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
