import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, leaveForAnotherTab, makeJwe, makeToken, test, type DecoderPage } from './fixtures';

// Nothing a user pastes may reach the network or be kept: every request of a whole session must
// go to the page's own origin, even for tokens that name URLs (jku, x5u, iss, jwk.x5u, markup).

// The whole session as a user has it, the offline copy's service worker included (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const MARKER = 'privacy-marker-5c1e7a';

const TOKENS = [
  makeToken(
    { alg: 'RS256', typ: 'JWT', kid: 'k1', jku: 'https://attacker.example/jwks.json' },
    { iss: 'https://issuer.example', sub: 'jku-user', aud: 'https://api.example', marker: `${MARKER}-jku` },
  ),
  makeToken(
    { alg: 'RS256', x5u: 'https://attacker.example/cert.pem', x5t: 'dGh1bWJwcmludA' },
    { iss: 'https://issuer.example/realms/x5u', sub: 'x5u-user', marker: `${MARKER}-x5u` },
  ),
  makeToken(
    {
      alg: 'ES256',
      jwk: {
        kty: 'EC',
        crv: 'P-256',
        x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
        y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
        x5u: 'https://attacker.example/jwk-x5u.pem',
      },
    },
    { iss: 'https://issuer.example', jku: 'https://attacker.example/payload-jwks.json', marker: `${MARKER}-jwk` },
  ),
  makeToken(
    { alg: 'HS256', typ: 'JWT', kid: 'https://attacker.example/kid' },
    {
      sub: 'markup-user',
      name: '<img src="https://tracker.example/x.png">',
      picture: 'https://tracker.example/avatar.png',
      website: 'https://tracker.example/profile',
      bio: '<link rel="stylesheet" href="https://tracker.example/x.css"><script src="https://tracker.example/x.js"></script>',
      style: '<div style="background:url(https://tracker.example/bg.png)">x</div>',
      marker: `${MARKER}-markup`,
    },
    'secret',
  ),
  makeJwe({ alg: 'RSA-OAEP', enc: 'A256GCM', jku: 'https://attacker.example/jwe-jwks.json', x5u: 'https://attacker.example/jwe.pem' }),
];

/** What must never be found in the URL or in storage: each token part (and its start), and the decoded marker. */
function secretsOf(tokens: string[]): string[] {
  const found = new Set<string>([MARKER]);
  for (const token of tokens) {
    for (const part of token.split('.')) {
      if (part.length >= 16) {
        found.add(part);
        found.add(part.slice(-16));
      }
    }
  }
  return [...found];
}

/** Gives a fetch, image or script load time to start after an action. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))),
  );
}

async function pasteAndCheck(decoder: DecoderPage, token: string, shown: string): Promise<void> {
  await decoder.pasteToken(token);
  await settle(decoder.page);
  // Once the decoder renders the token, check that it did: a test that never decoded proves nothing.
  if ((await decoder.headerJson.count()) > 0) {
    await expect(decoder.headerJson.or(decoder.payloadJson).filter({ hasText: shown }).first()).toBeVisible();
  }
}

/** Every URL the document would load by itself (anchors are not loads and are left out). */
async function resourceUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls: string[] = [];
    const selector = 'img, script, link, iframe, frame, source, video, audio, track, object, embed, input[type=image], image, use';
    for (const el of document.querySelectorAll(selector)) {
      for (const name of ['src', 'href', 'xlink:href', 'data', 'poster', 'srcset']) {
        const value = el.getAttribute(name);
        if (value) urls.push(new URL(value.split(/\s+/)[0] ?? value, document.baseURI).href);
      }
    }
    return urls;
  });
}

/** Everything the origin keeps: both storages, cookies, every IndexedDB database and the Cache API. */
async function storedText(page: Page): Promise<string> {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => {
    const dump: unknown[] = [document.cookie];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        dump.push(key, storage.getItem(key));
      }
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
        });
        dump.push(info.name, store, all);
      }
      db.close();
    }
    if ('caches' in window) {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        dump.push(name, (await cache.keys()).map((request) => request.url));
      }
    }
    return JSON.stringify(dump);
  });
  return `${JSON.stringify(cookies)}\n${inPage}`;
}

/** The attribute text as the browser reads it (Vite writes ' as &#39;). */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('the built index.html carries the strict Content-Security-Policy', () => {
  const html = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'dist/index.html has a CSP <meta>').not.toBeNull();
  const policy = decodeEntities(meta?.[1] ?? '');
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // 'wasm-unsafe-eval' lets the secret audit compile its WebAssembly kernel and nothing else
  // (docs/decisions/009); 'unsafe-eval' (eval, new Function) stays forbidden in every directive.
  expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get('connect-src')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  for (const [name, values] of directives) expect(values, name).not.toContain("'unsafe-eval'");
  expect(policy.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toMatch(/https?:|\*/);
  // A meta policy governs only what follows it: it must come before every script and stylesheet.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link\s+rel="(stylesheet|modulepreload)"/));
  expect(html, 'no inline script').not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('a whole session sends nothing off the page and keeps no trace of the tokens', async ({ page, decoder, recorder }) => {
  await decoder.goto();
  const origin = new URL(page.url()).origin;

  const applied = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
  expect(applied).toContain("connect-src 'none'");

  const shown = ['attacker.example/jwks.json', 'attacker.example/cert.pem', 'attacker.example/jwk-x5u.pem', 'tracker.example/x.png', 'jwe-jwks.json'];
  for (const [index, token] of TOKENS.entries()) await pasteAndCheck(decoder, token, shown[index] ?? '');
  // The typing path too, with a Bearer prefix and a line break.
  const typed = TOKENS[0] ?? '';
  await decoder.fillToken(`Bearer ${typed.slice(0, 30)}\n${typed.slice(30)}`);
  await settle(page);
  if ((await decoder.keyInput.count()) > 0) {
    await decoder.keyInput.fill(JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', x5u: 'https://attacker.example/key-x5u.pem' }));
    await settle(page);
  }
  await expect(page.locator('img[src="https://tracker.example/x.png"]')).toHaveCount(0);

  // Nothing of the tokens in the URL, nor in anything the origin stores.
  const secrets = secretsOf([...TOKENS, typed]);
  const href = await page.evaluate(() => location.href);
  for (const secret of secrets) expect(href, 'location.href').not.toContain(secret);

  await decoder.chooseLanguage('ko');
  await settle(page);
  await decoder.chooseLanguage('en');
  if ((await decoder.themeSelect.count()) > 0) {
    for (const theme of ['dark', 'light', 'system']) {
      await decoder.themeSelect.selectOption(theme);
      await settle(page);
    }
  }

  // Every view through the navigation, then an unknown route and back.
  const links = page.locator('nav a');
  for (let i = 0; i < (await links.count()); i += 1) {
    await links.nth(i).click();
    await settle(page);
  }
  for (const route of ['#/encode', '#/no-such-view', '#/']) {
    await page.goto(`./${route}`);
    await settle(page);
  }
  await expect(decoder.tokenInput).toBeVisible();
  for (const url of await resourceUrls(page)) expect(new URL(url).origin, url).toBe(origin);

  const stored = await storedText(page);
  for (const secret of secrets) expect(stored, 'cookies, storages, IndexedDB, Cache API').not.toContain(secret);
  const hrefAfter = await page.evaluate(() => location.href);
  for (const secret of secrets) expect(hrefAfter, 'location.href').not.toContain(secret);

  expect(recorder.requests.length, 'the app loaded something').toBeGreaterThan(0);
  expect(recorder.offOrigin(origin), 'requests off the page origin').toEqual([]);
  expect(recorder.websockets, 'websockets').toEqual([]);
  expect(recorder.serviceWorkers.filter((url) => new URL(url).origin !== origin), 'foreign service workers').toEqual([]);
  expect(recorder.popups, 'popups').toEqual([]);
  expect(recorder.cspViolations, 'CSP violations').toEqual([]);
  expect(recorder.consoleErrors, 'console errors').toEqual([]);
  expect(recorder.pageErrors, 'uncaught errors').toEqual([]);
});

test('the offline copy: the service worker fetches only the build, from the page origin, and keeps nothing the user entered', async ({ page, decoder, recorder }) => {
  const dist = join(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
  const listed = /^const PRECACHE = (\[[\s\S]*?\]);/m.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))?.[1];
  expect(listed, 'dist/sw.js lists the build').toBeDefined();
  await decoder.goto();
  const origin = new URL(page.url()).origin;
  const build = (JSON.parse(listed ?? '[]') as string[]).map((path) => new URL(path, page.url()).href).sort();

  // Installed (the user left the page for another tab), then a page it controls: every request of the session passes by the worker.
  await leaveForAnotherTab(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const shown = ['attacker.example/jwks.json', 'attacker.example/cert.pem', 'attacker.example/jwk-x5u.pem', 'tracker.example/x.png', 'jwe-jwks.json'];
  for (const [index, token] of TOKENS.entries()) await pasteAndCheck(decoder, token, shown[index] ?? '');
  if ((await decoder.keyInput.count()) > 0) {
    await decoder.keyInput.fill(JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', x5u: 'https://attacker.example/key-x5u.pem' }));
    await settle(page);
  }
  for (const route of ['#/encode', '#/rules', '#/learn', '#/']) {
    await page.goto(`./${route}`);
    await settle(page);
  }
  // The token diff decodes both sides: the URLs they name are shown, never fetched.
  await page.goto('./#/diff');
  await page.getByTestId('diff-left').fill(TOKENS[0] ?? '');
  await page.getByTestId('diff-right').fill(TOKENS[1] ?? '');
  await expect(page.getByTestId('diff-row').first()).toBeVisible();
  await settle(page);

  // The Cache API holds exactly the build's files: nothing was added while the tokens were used.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
    return urls.sort();
  });
  expect(cached).toEqual(build);
  const stored = await storedText(page);
  for (const secret of secretsOf(TOKENS)) expect(stored, 'cookies, storages, IndexedDB, Cache API').not.toContain(secret);

  expect(recorder.serviceWorkers.length, 'the service worker started').toBeGreaterThan(0);
  expect(recorder.serviceWorkers.filter((url) => new URL(url).origin !== origin), 'foreign service workers').toEqual([]);
  expect(recorder.offOrigin(origin), 'requests off the page origin').toEqual([]);
  expect(recorder.websockets, 'websockets').toEqual([]);
  expect(recorder.cspViolations, 'CSP violations').toEqual([]);
  expect(recorder.consoleErrors, 'console errors').toEqual([]);
  expect(recorder.pageErrors, 'uncaught errors').toEqual([]);
});
