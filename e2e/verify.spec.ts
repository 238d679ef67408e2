import { constants, createHash, createHmac, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import type { Page } from '@playwright/test';
import { base64url, expect, makeToken, test } from './fixtures';

// Signature verification through the UI (issue 3), in the production build: every example of the
// examples menu, the secret encodings, stale results, garbage keys and the translated verdict.
// Hooks: docs/ui-contract.md (key-input, secret-encoding, key-format, verify-status) and the
// project's own (examples-select, verify-reason, key-note, jwk-summary, jwk-thumbprint, certificate-details).

const EXAMPLE_SECRET = 'jwt-inspector-example-secret';

interface ExampleCase {
  id: string;
  format: string;
  status: 'valid' | 'invalid' | null;
  reason?: string;
  encoding?: string;
  alg: string;
}

/** What each example of the menu is there to show (as in src/features/decoder/examples/examples-data.test.ts). */
const EXAMPLES: ExampleCase[] = [
  { id: 'hs256-utf8', alg: 'HS256', format: 'secret', status: 'valid', encoding: 'utf8' },
  { id: 'hs512-base64url', alg: 'HS512', format: 'secret', status: 'valid', encoding: 'base64url' },
  { id: 'rs256-spki', alg: 'RS256', format: 'pem-spki', status: 'valid' },
  { id: 'rs384-pkcs1', alg: 'RS384', format: 'pem-pkcs1', status: 'valid' },
  { id: 'ps256-x509', alg: 'PS256', format: 'pem-x509', status: 'valid' },
  { id: 'es256-jwk', alg: 'ES256', format: 'jwk', status: 'valid' },
  { id: 'es384-jwks', alg: 'ES384', format: 'jwks', status: 'valid' },
  { id: 'eddsa-spki', alg: 'EdDSA', format: 'pem-spki', status: 'valid' },
  { id: 'es512-private-pasted', alg: 'ES512', format: 'private-key', status: 'valid' },
  { id: 'es256k-jwk', alg: 'ES256K', format: 'jwk', status: 'valid' },
  { id: 'ed448-spki', alg: 'EdDSA', format: 'pem-spki', status: 'valid' },
  { id: 'ml-dsa-44-jwk', alg: 'ML-DSA-44', format: 'jwk', status: 'valid' },
  { id: 'ml-dsa-65-jwk', alg: 'ML-DSA-65', format: 'jwk', status: 'valid' },
  { id: 'ml-dsa-87-jwk', alg: 'ML-DSA-87', format: 'jwk', status: 'valid' },
  { id: 'sd-jwt-kb', alg: 'ES256', format: 'pem-spki', status: 'valid' },
  { id: 'rs256-wrong-key', alg: 'RS256', format: 'pem-spki', status: 'invalid', reason: 'signature-mismatch' },
  { id: 'alg-confusion', alg: 'HS256', format: 'pem-spki', status: 'invalid', reason: 'key-alg-mismatch' },
  { id: 'alg-none', alg: 'none', format: 'secret', status: 'invalid', reason: 'alg-none' },
  { id: 'jwe-a128kw', alg: 'A128KW', format: 'none', status: null },
];

/** RFC 7638 thumbprint (SHA-256, base64url) of a public JWK, computed here independently of the app. */
function thumbprint(jwk: Record<string, string>): string {
  const required: Record<string, string[]> = { EC: ['crv', 'kty', 'x', 'y'], RSA: ['e', 'kty', 'n'], OKP: ['crv', 'kty', 'x'], oct: ['k', 'kty'] };
  const members = required[jwk.kty ?? ''] ?? [];
  const canonical = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m])}`).join(',')}}`;
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A compact JWS signed with a Node key (RS*, PS*, ES* in JOSE's raw r||s form, EdDSA). */
function signJws(alg: string, key: KeyObject, payload: Record<string, unknown>): string {
  const input = `${base64url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  const hash = alg === 'EdDSA' ? null : `sha${alg.slice(2)}`;
  const options = alg.startsWith('ES')
    ? { key, dsaEncoding: 'ieee-p1363' as const }
    : alg.startsWith('PS')
      ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 }
      : key;
  return `${input}.${sign(hash, Buffer.from(input), options).toString('base64url')}`;
}

const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

/** Korean text: any Hangul syllable. */
const HANGUL = /[\uAC00-\uD7A3]/;

test.describe('the examples menu', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  for (const example of EXAMPLES) {
    test(`${example.id}: ${example.alg}, key read as ${example.format}, ${example.status ?? 'not verified (JWE)'}`, async ({ decoder, recorder, page }) => {
      await decoder.chooseExample(example.id);
      await expect(decoder.keyFormat).toHaveAttribute('data-format', example.format);
      if (example.encoding) await expect(decoder.secretEncoding).toHaveValue(example.encoding);

      if (example.status === null) {
        // A JWE: five parts, no verdict, and a message saying why it is not verified.
        await expect(decoder.parts()).toHaveCount(5);
        await expect(decoder.keyInput).toHaveValue('');
        await expect(decoder.verifyStatus).toHaveCount(0);
        await expect(decoder.verifyPanel).toContainText(/JWE/);
      } else {
        await expect(decoder.verifyStatus).toHaveAttribute('data-status', example.status);
        await expect(decoder.headerJson).toContainText(`"${example.alg}"`);
        if (example.status === 'valid') {
          await expect(decoder.verifyStatus).toContainText(example.alg);
          await expect(decoder.verifyReason).toHaveCount(0);
        } else {
          await expect(decoder.verifyReason).toHaveAttribute('data-reason', example.reason ?? '');
          await expect(decoder.verifyReason).not.toBeEmpty();
        }
      }

      switch (example.id) {
        case 'ps256-x509':
          await expect(decoder.certificateDetails).toBeVisible();
          await expect(decoder.certificateDetails).toContainText('jwt-inspector-demo');
          break;
        case 'es256-jwk': {
          // The thumbprint shown is RFC 7638's, as computed here from the key in the box.
          const jwk = JSON.parse(await decoder.keyInput.inputValue()) as Record<string, string>;
          await expect(decoder.jwkThumbprints).toHaveCount(1);
          await expect(decoder.jwkThumbprints).toHaveText(thumbprint(jwk));
          break;
        }
        case 'es384-jwks': {
          await expect(decoder.jwkSummaries).toHaveCount(3);
          await expect(decoder.jwkThumbprints).toHaveCount(3);
          // The member that verified is named, and only that one.
          await expect(decoder.verifyStatus).toContainText('demo-key-2');
          await expect(decoder.verifyStatus).not.toContainText('demo-key-1');
          await expect(decoder.verifyStatus).not.toContainText('demo-key-3');
          const keys = (JSON.parse(await decoder.keyInput.inputValue()) as { keys: Record<string, string>[] }).keys;
          const second = keys.find((k) => k.kid === 'demo-key-2');
          expect(second).toBeDefined();
          await expect(decoder.jwkSummary('demo-key-2').getByTestId('jwk-thumbprint')).toHaveText(thumbprint(second ?? {}));
          break;
        }
        case 'es512-private-pasted':
          await expect(decoder.keyNote('private-key-pasted')).toBeVisible();
          break;
        case 'sd-jwt-kb': {
          // The issuer key verifies the issuer JWT; every disclosure matches a digest and the holder's key binding holds.
          const disclosures = page.getByTestId('sd-disclosure');
          await expect(disclosures).toHaveCount(4);
          expect(await disclosures.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(['matched', 'matched', 'matched', 'matched']);
          await expect(page.getByTestId('kb-status')).toHaveAttribute('data-status', 'valid');
          await expect(decoder.keyNote('private-key-pasted')).toHaveCount(0);
          break;
        }
        default:
          await expect(decoder.keyNote('private-key-pasted')).toHaveCount(0);
      }
      expect(recorder.pageErrors).toEqual([]);
    });
  }

  test('choosing one example after another shows only the last one’s verdict', async ({ decoder, page }) => {
    // The examples arrive late, as on a slow network: every choice is made before the first one's data is there.
    await page.route(/examples-data-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    for (const id of ['rs256-spki', 'rs256-wrong-key', 'eddsa-spki', 'alg-none', 'es384-jwks']) await decoder.examplesSelect.selectOption(id);
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'jwks');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await expect(decoder.verifyStatus).toContainText('demo-key-2');
  });

  test('a token pasted while the chosen example still loads stays: the example does not replace it', async ({ decoder, page }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/examples-data-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    const examplesData = page.waitForResponse(/examples-data-[\w-]+\.js$/);
    await decoder.examplesSelect.selectOption('rs256-spki');
    const mine = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: 'mine' }))}.c2ln`;
    await decoder.fillToken(mine);
    release();
    await examplesData;
    // The example's data has arrived and been read; give the page a moment to (wrongly) apply it.
    await page.waitForTimeout(300);
    await expect(decoder.tokenInput).toHaveValue(mine);
    await expect(decoder.keyInput).toHaveValue('');
  });
});

test.describe('secret encodings', () => {
  const secret = Buffer.from(EXAMPLE_SECRET, 'utf8');

  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await expect(decoder.headerJson).toContainText('"HS256"');
  });

  test('the example token verifies with its secret as UTF-8 text, the default', async ({ decoder }) => {
    // The Example button loads the token with its key.
    await expect(decoder.secretEncoding).toHaveValue('utf8');
    await expect(decoder.keyInput).toHaveValue(EXAMPLE_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await decoder.fillKey('');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'no-key');
    await decoder.fillKey(EXAMPLE_SECRET);
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'secret');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  });

  for (const [encoding, text] of [
    ['hex', secret.toString('hex')],
    ['base64', secret.toString('base64')],
    ['base64url', secret.toString('base64url')],
  ] as const) {
    test(`its ${encoding} form verifies once ${encoding} is chosen`, async ({ decoder }) => {
      await decoder.fillKey(text);
      await expect(decoder.keyFormat).toHaveAttribute('data-format', 'secret');
      // Read as UTF-8 text, these are other bytes: the signature does not match.
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
      await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'signature-mismatch');
      await decoder.secretEncoding.selectOption(encoding);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      await decoder.secretEncoding.selectOption('utf8');
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    });
  }

  test('a wrong encoding that still decodes is invalid', async ({ decoder }) => {
    // Hex digits are base64 too (56 of them: 42 bytes), but not the secret's bytes.
    await decoder.fillKey(secret.toString('hex'));
    await decoder.secretEncoding.selectOption('base64');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'signature-mismatch');
    await decoder.secretEncoding.selectOption('base64url');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await decoder.secretEncoding.selectOption('hex');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  });

  test('base64 and base64url differ where the alphabets do', async ({ decoder }) => {
    // Bytes whose encodings hold + and / (base64) or - and _ (base64url).
    const bytes = Buffer.concat([Buffer.from([0xfb, 0xff, 0xbf, 0xfe, 0xfb, 0xef]), randomBytes(26)]);
    expect(bytes.toString('base64')).toMatch(/[+/]/);
    const token = makeTokenWithSecretBytes(bytes);
    await decoder.fillToken(token);
    await decoder.fillKey(bytes.toString('base64'));
    await decoder.secretEncoding.selectOption('base64');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await decoder.fillKey(bytes.toString('base64url'));
    await decoder.secretEncoding.selectOption('base64url');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await decoder.fillKey(bytes.toString('hex'));
    await decoder.secretEncoding.selectOption('hex');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    // Base64url text is no hex: the key cannot be read.
    await decoder.fillKey(bytes.toString('base64url'));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');
  });
});

function makeTokenWithSecretBytes(secret: Buffer): string {
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: 'bytes-secret' }))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/**
 * In the page: records every `data-status` verify-status shows from now on, with the time, so a
 * test can see what showed after a given moment (not only the final value).
 */
async function watchStatuses(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { at: number; status: string | null }[] = [];
    const w = window as unknown as { __statuses: typeof seen; __statusObserver?: MutationObserver };
    w.__statusObserver?.disconnect();
    w.__statuses = seen;
    const read = () => document.querySelector('[data-testid="verify-status"]')?.getAttribute('data-status') ?? null;
    // Changes only: the status shown when watching starts is not one of them (an unrelated mutation
    // of the page would otherwise record it as if it came back).
    let last = read();
    const observer = new MutationObserver(() => {
      const status = read();
      if (status !== last) seen.push({ at: performance.now(), status });
      last = status;
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    w.__statusObserver = observer;
  });
}

/**
 * In the page: sets the key box to `first`, waits `gapMs`, sets it to `second` (each one input
 * event, as typing or pasting makes), and returns the time of the second input.
 */
async function replaceKeyQuickly(page: Page, first: string, second: string, gapMs: number): Promise<number> {
  return page.evaluate(
    async ({ first, second, gapMs }) => {
      const el = document.querySelector<HTMLTextAreaElement>('[data-testid="key-input"]');
      if (!el) throw new Error('key-input is missing');
      // The prototype's setter, as the browser's own editing does: React then sees the change.
      const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value') as { set?: (this: HTMLTextAreaElement, value: string) => void };
      const put = (text: string) => {
        descriptor.set?.call(el, text);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
      };
      put(first);
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
      else await Promise.resolve();
      put(second);
      return performance.now();
    },
    { first, second, gapMs },
  );
}

test.describe('while the key changes', () => {
  // A slow key (RSA 4096) and a quick wrong one for the same RS256 token.
  const slow = generateKeyPairSync('rsa', { modulusLength: 4096 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const token = signJws('RS256', slow.privateKey, { sub: 'stale-check', iat: 1767225600 });
  const right = spki(slow.publicKey);
  const wrong = spki(other.publicKey);

  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
    await decoder.fillToken(token);
    await expect(decoder.headerJson).toContainText('"RS256"');
  });

  test('a key typed character by character ends in its own verdict, and a quick replacement wins', async ({ page, decoder }) => {
    test.setTimeout(90_000);
    // Most of the PEM at once, then its last lines key by key: every keystroke starts a check whose
    // result is stale by the next one (a broken PEM, then the whole key).
    const typedTail = 160;
    await decoder.fillKey(right.slice(0, -typedTail));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');
    await decoder.keyInput.press('ControlOrMeta+End');
    await decoder.keyInput.pressSequentially(right.slice(-typedTail));
    await expect(decoder.keyInput).toHaveValue(right);
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'pem-spki');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');

    await watchStatuses(page);
    await decoder.fillKey(wrong);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await page.waitForTimeout(300);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    const seen = await page.evaluate(() => (window as unknown as { __statuses: { status: string | null }[] }).__statuses.map((s) => s.status));
    expect(seen, 'statuses after the wrong key replaced the right one').not.toContain('valid');
  });

  for (const [label, first, second, expected, never] of [
    ['the right key replaced by a wrong one', right, wrong, 'invalid', 'valid'],
    ['a wrong key replaced by the right one', wrong, right, 'valid', 'invalid'],
  ] as const) {
    test(`a stale result never overwrites a newer one: ${label}`, async ({ page, decoder }) => {
      test.setTimeout(60_000);
      // Warm the verifier once, so the first key's check is really in flight when the second comes.
      await decoder.fillKey('warm-up');
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
      for (const gapMs of [0, 1, 3, 8, 20, 50]) {
        await decoder.fillKey('');
        await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'no-key');
        await watchStatuses(page);
        const secondAt = await replaceKeyQuickly(page, first, second, gapMs);
        await expect(decoder.verifyStatus, `gap ${gapMs} ms`).toHaveAttribute('data-status', expected);
        await page.waitForTimeout(200);
        await expect(decoder.verifyStatus, `gap ${gapMs} ms, later`).toHaveAttribute('data-status', expected);
        const after = await page.evaluate(
          (since) => (window as unknown as { __statuses: { at: number; status: string | null }[] }).__statuses.filter((s) => s.at > since).map((s) => s.status),
          secondAt,
        );
        expect(after, `gap ${gapMs} ms: statuses shown after the second key`).not.toContain(never);
        await expect(decoder.keyInput).toHaveValue(second);
      }
    });
  }
});

test.describe('garbage key input', () => {
  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await expect(decoder.headerJson).toContainText('"HS256"');
  });

  test('2 MB of random text is an error (too large) and the page keeps responding', async ({ page, decoder, recorder }) => {
    test.setTimeout(90_000);
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=-_{}[]":,. \n';
    const random = randomBytes(2 * 1024 * 1024);
    const garbage = Array.from(random, (byte) => alphabet[byte % alphabet.length]).join('');
    expect(garbage.length).toBe(2 * 1024 * 1024);

    await decoder.pasteKey(garbage);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error', { timeout: 15_000 });
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'key-too-large');
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'unknown');

    // The main thread is free again, and the token box still decodes a new token at once.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started, 'one frame after the big key').toBeLessThan(2_000);
    const fresh = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'after-garbage', marker: 'still-decoding' }, EXAMPLE_SECRET);
    await decoder.fillToken(fresh);
    await expect(decoder.payloadJson).toContainText('still-decoding', { timeout: 5_000 });
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');

    // And the key box takes a real key again.
    await decoder.fillKey(EXAMPLE_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    expect(recorder.pageErrors).toEqual([]);
  });

  test('a truncated PEM is an error whose reason names a line', async ({ decoder }) => {
    const pem = spki(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
    const lines = pem.trimEnd().split('\n');
    const truncated = lines.slice(0, 4).join('\n');
    await decoder.fillKey(truncated);
    await expect(decoder.keyFormat).toHaveAttribute('data-format', 'pem-spki');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'pem-missing-end');
    await expect(decoder.verifyReason).toContainText(/line 1\b/);

    // A body cut short in its middle, armour intact: still an error, never a crash.
    await decoder.fillKey([...lines.slice(0, 3), lines.at(-1)].join('\n'));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(decoder.verifyReason).not.toBeEmpty();

    // A stray character inside the body: the line (and column) where it is.
    const broken = [...lines];
    broken[3] = `${broken[3]?.slice(0, 10)}!${broken[3]?.slice(11)}`;
    await decoder.fillKey(broken.join('\n'));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'error');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'pem-bad-base64');
    await expect(decoder.verifyReason).toContainText(/line 4\b/);
  });
});

test.describe('other algorithm families with keys made here', () => {
  const ed = generateKeyPairSync('ed25519');
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const payload = { sub: 'made-in-the-spec', iat: 1767225600 };

  const cases: { alg: string; key: string; format: string; token: string }[] = [
    { alg: 'PS384', key: spki(rsa.publicKey), format: 'pem-spki', token: signJws('PS384', rsa.privateKey, payload) },
    { alg: 'RS512', key: JSON.stringify(rsa.publicKey.export({ format: 'jwk' })), format: 'jwk', token: signJws('RS512', rsa.privateKey, payload) },
    { alg: 'ES256', key: JSON.stringify({ keys: [{ ...ec.publicKey.export({ format: 'jwk' }), kid: 'only' }] }), format: 'jwks', token: signJws('ES256', ec.privateKey, payload) },
    { alg: 'EdDSA', key: JSON.stringify(ed.publicKey.export({ format: 'jwk' })), format: 'jwk', token: signJws('EdDSA', ed.privateKey, payload) },
    {
      alg: 'RS256',
      key: rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      format: 'private-key',
      token: signJws('RS256', rsa.privateKey, payload),
    },
  ];

  test.beforeEach(async ({ decoder }) => {
    await decoder.goto();
  });

  for (const c of cases) {
    test(`${c.alg} with a ${c.format} key verifies, and not with another key of its kind`, async ({ decoder }) => {
      await decoder.fillToken(c.token);
      await decoder.fillKey(c.key);
      await expect(decoder.keyFormat).toHaveAttribute('data-format', c.format);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
      if (c.format === 'private-key') await expect(decoder.keyNote('private-key-pasted')).toBeVisible();
      // A signature byte flipped: the same key no longer verifies it.
      const [h, p, s = ''] = c.token.split('.');
      const sig = Buffer.from(s, 'base64url');
      sig[0] = (sig[0] ?? 0) ^ 1;
      await decoder.fillToken(`${h}.${p}.${sig.toString('base64url')}`);
      await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    });
  }

  test('an RS256 token never verifies with an EC key', async ({ decoder }) => {
    await decoder.fillToken(signJws('RS256', rsa.privateKey, payload));
    await decoder.fillKey(spki(ec.publicKey));
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'key-alg-mismatch');
  });
});

test.describe('language', () => {
  test('the verdict and its reason are translated when Korean is chosen', async ({ decoder }) => {
    await decoder.goto();
    await decoder.exampleButton.click();
    await decoder.fillKey(EXAMPLE_SECRET);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    const english = (await decoder.verifyStatus.textContent()) ?? '';
    expect(english).not.toMatch(HANGUL);

    await decoder.chooseLanguage('ko');
    await expect(decoder.verifyStatus).not.toHaveText(english);
    await expect(decoder.verifyStatus).toHaveText(HANGUL);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');

    // A reason too, and the key format shown.
    await decoder.fillKey('not-the-secret');
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(decoder.verifyReason).toHaveText(HANGUL);
    await expect(decoder.keyFormat).toHaveText(HANGUL);
    const korean = (await decoder.verifyStatus.textContent()) ?? '';

    await decoder.chooseLanguage('en');
    await expect(decoder.verifyStatus).not.toHaveText(korean);
    await expect(decoder.verifyReason).not.toHaveText(HANGUL);
  });
});

test.describe('what was pasted is what is verified', () => {
  const secret = 'spaces-inside-the-mac-secret-0123456789';
  const input = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: 'pasted' }))}`;
  const signature = createHmac('sha256', secret).update(input).digest('base64url');

  test('a token wrapped over lines with a Bearer prefix verifies as it is', async ({ decoder }) => {
    await decoder.goto();
    await decoder.pasteToken(`Bearer ${input.slice(0, 30)}\n    ${input.slice(30)}.\n${signature}`);
    await decoder.pasteKey(secret);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await expect(decoder.page.getByTestId('verify-cleaned')).toHaveCount(0);
  });

  test('spaces inside the signature are not valid until the cleaned token is verified on request', async ({ decoder }) => {
    await decoder.goto();
    // Wycheproof rejectsSpacesInMac: every strict verifier rejects this text.
    await decoder.pasteToken(`${input}.${signature.slice(0, 10)} ${signature.slice(10, 20)} ${signature.slice(20)}`);
    await decoder.pasteKey(secret);
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'invalid');
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'not-compact-as-pasted');
    await expect(decoder.payloadJson).toContainText('"pasted"');
    await decoder.page.getByTestId('verify-cleaned').click();
    await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
    await expect(decoder.page.getByTestId('verified-cleaned')).toBeVisible();
    // A new token asks again.
    await decoder.pasteToken(`${input}.${signature.slice(0, 10)} ${signature.slice(10)}`);
    await expect(decoder.verifyReason).toHaveAttribute('data-reason', 'not-compact-as-pasted');
    await expect(decoder.page.getByTestId('verified-cleaned')).toHaveCount(0);
  });
});
