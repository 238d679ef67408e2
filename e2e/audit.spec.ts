import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { base64url, expect, test } from './fixtures';

// The weak-secret audit in a real browser: its module workers, the WebAssembly kernel compiled
// under the production CSP, the dictionary chunk loaded inside the worker, and the JS fallback.

const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
type Alg = keyof typeof HASH;

function signed(alg: Alg, secret: string | Buffer, payload: Record<string, unknown> = { sub: 'audit-e2e' }): string {
  const input = `${base64url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${createHmac(HASH[alg], secret).update(input).digest('base64url')}`;
}

/** The audit panel over the contract's hooks. */
class AuditPanel {
  readonly root: Locator;
  readonly hit: Locator;
  readonly cancel: Locator;
  readonly wordlist: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('secret-audit');
    this.hit = page.getByTestId('secret-audit-hit');
    this.cancel = page.getByTestId('secret-audit-cancel');
    this.wordlist = page.getByTestId('secret-audit-wordlist');
  }

  async status(status: string, timeout = 30_000): Promise<void> {
    await expect(this.root).toHaveAttribute('data-status', status, { timeout });
  }
}

const audit = test.extend<{ panel: AuditPanel }>({
  panel: async ({ page }, use) => {
    await use(new AuditPanel(page));
  },
});

audit('an HS256 token signed with "secret": the worker names the secret, its source and encoding; nothing leaves the page', async ({
  decoder,
  panel,
  recorder,
  page,
}) => {
  await decoder.goto();
  const origin = new URL(page.url()).origin;
  await decoder.pasteToken(signed('HS256', 'secret'));
  await panel.status('done');
  await expect(panel.hit).toHaveAttribute('data-source', 'famous-defaults');
  await expect(panel.hit).toHaveAttribute('data-encoding', 'utf8');
  await expect(page.getByTestId('secret-audit-secret')).toHaveText('secret');
  await expect(panel.hit).toContainText('jwt.io');
  // The kernel compiled under the production CSP, in a worker.
  await expect(panel.root).toHaveAttribute('data-engine', 'wasm-simd');
  expect(Number(await panel.root.getAttribute('data-workers'))).toBeGreaterThanOrEqual(1);
  // How it ran is not shown to the reader.
  await expect(panel.root).not.toContainText('WebAssembly');

  expect(recorder.offOrigin(origin), 'requests off the page origin').toEqual([]);
  expect(recorder.cspViolations, 'CSP violations').toEqual([]);
  expect(recorder.consoleErrors, 'console errors').toEqual([]);
  expect(recorder.pageErrors, 'uncaught errors').toEqual([]);
});

for (const [alg, secret, encoding] of [
  ['HS384', 'your-384-bit-secret', 'utf8'],
  ['HS512', 'shhhhh', 'utf8'],
  ['HS512', Buffer.from('your-256-bit-secret', 'base64url'), 'base64url'],
] as const) {
  audit(`${alg}: finds ${typeof secret === 'string' ? secret : 'a base64url-configured secret'}`, async ({ decoder, panel }) => {
    await decoder.goto();
    await decoder.pasteToken(signed(alg, secret));
    await panel.status('done');
    await expect(panel.hit).toHaveAttribute('data-alg', alg);
    await expect(panel.hit).toHaveAttribute('data-encoding', encoding);
  });
}

audit('a common password from the 49k list, and none for a random secret', async ({ decoder, panel, recorder, page }) => {
  await decoder.goto();
  const origin = new URL(page.url()).origin;
  await decoder.pasteToken(signed('HS256', 'trustno1'));
  await panel.status('done');
  await expect(panel.hit).toHaveAttribute('data-source', 'common-passwords');
  await expect(panel.page.getByTestId('secret-audit-secret')).toHaveText('trustno1');
  // The list was loaded by the worker, as a same-origin script chunk, once tier 0 had no hit.
  expect(recorder.requests.filter((r) => /passwords\.json-[\w-]+\.js$/.test(r.url))).not.toHaveLength(0);
  expect(recorder.offOrigin(origin)).toEqual([]);

  await decoder.pasteToken(signed('HS256', randomBytes(32)));
  await panel.status('done');
  await expect(panel.hit).toHaveCount(0);
  await expect(panel.root).toContainText(/None of the [\d,]+ candidates/);
});

/** A wordlist file of about `megabytes` MB on disk: set by path, the browser reads it from disk. */
function bigWordlist(path: string, megabytes: number): string {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < megabytes * 1e6; i++) {
    const line = `word-${i}-${((i * 2654435761) >>> 0).toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n'));
  return path;
}

audit("the user's wordlist is read in the workers, and a long audit can be cancelled", async ({ decoder, panel, page }) => {
  audit.slow();
  await decoder.goto();
  const secret = `our-team-secret-${randomBytes(3).toString('hex')}`;
  await decoder.pasteToken(signed('HS256', secret));
  await panel.status('done');
  await expect(panel.hit).toHaveCount(0);

  const lines = Array.from({ length: 20_000 }, (_, i) => `candidate-${i}`);
  lines.splice(12_345, 0, secret);
  await panel.wordlist.setInputFiles({ name: 'team.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
  await panel.status('done');
  await expect(panel.hit).toHaveAttribute('data-source', 'user-wordlist');
  await expect(panel.hit).toContainText('team.txt');
  await expect(page.getByTestId('secret-audit-secret')).toHaveText(secret);

  // A large file keeps the workers busy long enough to cancel.
  await panel.wordlist.setInputFiles(bigWordlist(audit.info().outputPath('big.txt'), 40));
  await panel.status('running');
  await panel.cancel.click();
  await panel.status('cancelled');
  await expect(panel.root).toContainText(/Stopped after/);
});

audit('the page keeps responding to typing while the audit runs', async ({ decoder, panel, page }) => {
  audit.slow();
  await page.addInitScript(() => {
    const longTasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = longTasks;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // Long tasks are a Chromium API.
    }
  });
  await decoder.goto();
  await decoder.pasteToken(signed('HS256', randomBytes(32)));
  await panel.wordlist.setInputFiles(bigWordlist(audit.info().outputPath('big.txt'), 40));
  await panel.status('running');
  const before = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length);
  // Type a key, one keystroke at a time, while the workers hash: every keystroke lands, and the
  // audit is still running afterwards (it was busy the whole time).
  const typed = 'typing-while-the-audit-runs-0123456789';
  await decoder.keyInput.pressSequentially(typed);
  await expect(decoder.keyInput).toHaveValue(typed);
  await expect(panel.root).toHaveAttribute('data-status', 'running');
  const longest = await page.evaluate(
    (from) => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks.slice(from)),
    before,
  );
  // Reported, not asserted (timings vary with the machine): `npm run bench -- --only audit` prints it too.
  audit.info().annotations.push({ type: 'longest main-thread task while typing during the audit', description: `${Math.round(longest)} ms` });
  console.log(`longest main-thread task while typing during the audit: ${Math.round(longest)} ms`);
});

audit('falls back to the JS loop where the worker may not compile WebAssembly', async ({ decoder, panel, page }) => {
  // Serve the worker script with a CSP that lacks 'wasm-unsafe-eval', as a strict host header would.
  await page.route(/audit-worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } });
  });
  await decoder.goto();
  await decoder.pasteToken(signed('HS256', 'secret'));
  await panel.status('done');
  await expect(page.getByTestId('secret-audit-secret')).toHaveText('secret');
  await expect(panel.root).toHaveAttribute('data-engine', 'js');
});

audit('"Use this secret" puts the found secret into the key box: the verdict reads valid, and "Edit in encoder" carries it', async ({
  decoder,
  encoder,
  panel,
  page,
}) => {
  await decoder.goto();
  await decoder.pasteToken(signed('HS256', 'secret'));
  await panel.status('done');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'no-key');
  await page.getByTestId('audit-use-secret').click();
  await expect(decoder.keyInput).toHaveValue('secret');
  await expect(decoder.secretEncoding).toHaveValue('utf8');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  await page.getByTestId('edit-in-encoder').click();
  await expect(encoder.key).toHaveValue('secret');
});

audit('a secret found in another encoding goes in as its text, with that encoding chosen (in Korean too)', async ({ decoder, panel, page }) => {
  await decoder.goto();
  await decoder.chooseLanguage('ko');
  await decoder.pasteToken(signed('HS512', Buffer.from('your-256-bit-secret', 'base64url')));
  await panel.status('done');
  await expect(panel.hit).toHaveAttribute('data-encoding', 'base64url');
  const use = page.getByTestId('audit-use-secret');
  await expect(use).toHaveText('이 비밀값 사용');
  await use.click();
  await expect(decoder.keyInput).toHaveValue('your-256-bit-secret');
  await expect(decoder.secretEncoding).toHaveValue('base64url');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
});

audit('the Example button loads the token and its key: the first look is a verified token, its secret said public once', async ({ decoder, panel, page }) => {
  await decoder.goto();
  // Every frame from the click on: the rules of the findings drawn.
  await page.evaluate(() => {
    const seen = new Set<string>();
    Object.assign(window, { rulesSeen: seen });
    const look = () => {
      for (const finding of document.querySelectorAll('[data-testid="finding"]')) seen.add(`${finding.getAttribute('data-rule')} ${finding.getAttribute('data-severity')}`);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await decoder.exampleButton.click();
  await expect(decoder.keyInput).toHaveValue('jwt-inspector-example-secret');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  // The audit still names the example's secret, which this page publishes: as info.
  await panel.status('done');
  await expect(panel.hit).toHaveAttribute('data-source', 'famous-defaults');
  await expect(page.locator('[data-testid="finding"][data-rule="hmac-weak-secret"]')).toHaveAttribute('data-severity', 'info');
  const seen = await page.evaluate(() => [...(window as unknown as { rulesSeen: Set<string> }).rulesSeen]);
  expect(seen).toContain('hmac-weak-secret info');
  // Not before the audit either: the secret is not first called too short, then public.
  expect(seen.filter((rule) => rule.startsWith('hmac-short-secret'))).toEqual([]);
});
