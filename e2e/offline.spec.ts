import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { SERVICE_WORKER_CSP, staticHandler } from '../scripts/serve.mjs';
import { buildIdOf } from '../scripts/vite/service-worker';
import { DecoderPage, expect, leaveForAnotherTab, makeToken, RequestRecorder, test } from './fixtures';

// Installable and offline (issue 14): the build's service worker precaches every file, the app then
// works with no network at all, and a new version waits until the user applies it. Each test serves
// its own copy of the build with scripts/serve.mjs (the headers docs/hosting.md gives, the service
// worker's own policy included) under a sub-path, as a static host would.

const DIST = join(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
const SUB_PATH = '/tools/jwt/';
const SW_FILE = 'sw.js';

// Each test installs the whole build (about 2 MB) before it starts, and one runs the audit offline.
test.describe.configure({ timeout: 90_000 });

interface Served {
  url: string;
  dir: string;
  /** The path and query of every request the host received, in order. */
  received: string[];
  /** Every request a script's `fetch()` made (the service worker's precache): its path and when it arrived. */
  fetched: { path: string; at: number }[];
  /** How long the host waits before it answers a `fetch()`: a slow network, for the precache. */
  fetchDelayMs: number;
  close: () => Promise<void>;
}

/** Every file of the build under `dir`, relative and '/' separated, sw.js left out. */
function buildFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== SW_FILE)
    .sort();
}

/** The constants scripts/vite/service-worker.ts wrote at the top of sw.js. */
function readServiceWorker(dir: string): { buildId: string; precache: string[] } {
  const source = readFileSync(join(dir, SW_FILE), 'utf8');
  const buildId = /^const BUILD_ID = "([^"]+)";/m.exec(source)?.[1] ?? '';
  const precache = JSON.parse(/^const PRECACHE = (\[[\s\S]*?\]);/m.exec(source)?.[1] ?? '[]') as string[];
  return { buildId, precache };
}

/** Serves a fresh copy of the build at SUB_PATH on a free port. */
async function serveCopy(): Promise<Served> {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'jwt-offline-')));
  cpSync(DIST, dir, { recursive: true });
  const handle = staticHandler(dir);
  const received: string[] = [];
  const fetched: Served['fetched'] = [];
  const served = { fetchDelayMs: 0 };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    received.push(url);
    if (!url.startsWith(SUB_PATH)) {
      res.writeHead(404).end();
      return;
    }
    req.url = url.slice(SUB_PATH.length - 1);
    const answer = () => void handle(req, res).catch(() => res.destroy());
    if (req.headers['sec-fetch-dest'] !== 'empty') return answer();
    fetched.push({ path: url, at: Date.now() });
    setTimeout(answer, served.fetchDelayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return Object.assign(served, {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    dir,
    received,
    fetched,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** A copy of the build served for one test, and a browser context of its own on it. */
interface Site {
  served: Served;
  context: BrowserContext;
  page: Page;
  recorder: RequestRecorder;
}

const siteTest = test.extend<{ site: Site }>({
  site: async ({ browser }, use) => {
    const served = await serveCopy();
    const context = await browser.newContext({ baseURL: served.url, serviceWorkers: 'allow' });
    try {
      const recorder = await RequestRecorder.attach(context);
      await use({ served, context, page: await context.newPage(), recorder });
    } finally {
      await context.close();
      await served.close();
    }
  },
});

/** Nothing left the origin, nothing was refused by a policy, nothing threw. */
function expectQuiet({ served, recorder }: Site): void {
  expect(recorder.offOrigin(new URL(served.url).origin), 'requests off the origin').toEqual([]);
  expect(recorder.cspViolations, 'CSP violations').toEqual([]);
  expect(recorder.pageErrors, 'uncaught errors').toEqual([]);
}

/** The build id of the service worker controlling the page, or null when none does. */
function controllerBuildId(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const controller = navigator.serviceWorker.controller;
    if (!controller) return null;
    const channel = new MessageChannel();
    const answer = new Promise<string>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<{ buildId: string }>) => resolve(event.data.buildId);
    });
    controller.postMessage({ type: 'build-id' }, [channel.port2]);
    return answer;
  });
}

/** Loads the app, leaves it for another tab so its service worker registers, waits until the worker has precached the build, and reloads under its control. */
async function loadControlled(page: Page): Promise<void> {
  await page.goto('./');
  await leaveForAnotherTab(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('the service worker lists every file of the build, named by a hash of their contents', () => {
  const { buildId, precache } = readServiceWorker(DIST);
  const files = buildFiles(DIST);
  expect(precache).toEqual(files.map((path) => `./${path}`));
  for (const kind of [/^index\.html$/, /^manifest\.webmanifest$/, /^icon-512\.png$/, /^assets\/index-[\w-]+\.js$/, /worker-[\w-]+\.js$/, /passwords\.json-[\w-]+\.js$/, /^assets\/[\w-]+\.css$/]) {
    expect(files.some((path) => kind.test(path)), String(kind)).toBe(true);
  }
  expect(buildId).toBe(buildIdOf(files.map((path) => ({ path, content: readFileSync(join(DIST, path)) }))));
});

siteTest('installable: manifest fields, icons of the declared sizes, a service worker controlling the page', async ({ site }) => {
  const { served, context, page } = site;
  await loadControlled(page);
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref ?? '', page.url()).href;
  const reply = await page.request.get(manifestUrl);
  expect(reply.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await reply.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: 'JWT Inspector', short_name: 'JWT Inspector', start_url: './', scope: './', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  // A theme colour for each colour scheme.
  const themeColors = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((m) => m.getAttribute('media')));
  expect(themeColors.sort()).toEqual(['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)']);

  const pngSizes = new Set<string>();
  for (const icon of manifest.icons) {
    const iconReply = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(iconReply.status(), icon.src).toBe(200);
    expect(iconReply.headers()['content-type'], icon.src).toBe(icon.type);
    const body = await iconReply.body();
    if (icon.type === 'image/png') {
      // The IHDR chunk holds the width and the height.
      expect(body.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
      expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      pngSizes.add(`${icon.sizes} ${icon.purpose}`);
    } else {
      expect(body.toString('utf8'), icon.src).toContain('<svg');
    }
  }
  expect([...pngSizes].sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

  // The start URL is in the service worker's scope, and the worker controls the page.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(served.url);
  expect(new URL(manifest.start_url as string, manifestUrl).href.startsWith(scope)).toBe(true);
  expect(await controllerBuildId(page)).toBe(readServiceWorker(served.dir).buildId);

  // Chromium's own installability verdict (what its install prompt and Lighthouse read). A test
  // context is an incognito profile, where nothing installs: that one reason is the browser's, not the app's.
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);

  // The headers docs/hosting.md gives for sw.js: always revalidated, and its own policy.
  const sw = await page.request.get(new URL(SW_FILE, served.url).href);
  const hosting = readFileSync(join(import.meta.dirname, '..', 'docs', 'hosting.md'), 'utf8');
  expect(hosting).toContain(`| \`Content-Security-Policy\` | \`${SERVICE_WORKER_CSP}\` | \`sw.js\``);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(sw.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy').map((h) => h.value)).toEqual([
    "frame-ancestors 'none'",
    SERVICE_WORKER_CSP,
  ]);
  expectQuiet(site);
});

siteTest('offline: decode, verify, audit, encoder, rules and learn all work with no network', async ({ site }) => {
  const { context, page, recorder } = site;
  await loadControlled(page);
  // The reload cuts short what the online page was still fetching while idle (the panels' code): those
  // aborts are the old page's, so only requests made offline are judged below.
  const madeOnline = recorder.requests.length;
  await context.setOffline(true);
  await page.reload();
  const decoder = new DecoderPage(page);
  await expect(decoder.tokenInput).toBeVisible();

  await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'offline-user', name: 'Offline' }, 'secret'));
  await expect(decoder.payloadJson).toContainText('offline-user');
  await decoder.fillKey('secret');
  await expect(decoder.verifyStatus).toHaveAttribute('data-status', 'valid');
  // The weak-secret audit: its workers, the WebAssembly kernel and the password list, all from the cache.
  await expect(page.getByTestId('secret-audit')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('secret-audit-secret')).toHaveText('secret');

  const nav = page.getByRole('navigation');
  await nav.getByRole('link').nth(1).click();
  await expect(page.getByTestId('encoder-header')).toBeVisible();
  await nav.getByRole('link').nth(2).click();
  await expect(page.getByTestId('rule-list-item').first()).toBeVisible();
  await page.goto('./#/rules/alg-none');
  await expect(page.getByTestId('rule-page')).toHaveAttribute('data-rule', 'alg-none');
  await nav.getByRole('link').nth(3).click();
  await expect(page.getByTestId('learn-token-input')).toBeVisible();
  // Korean: another catalogue of every area, from the cache too.
  await decoder.chooseLanguage('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  expect(recorder.requests.slice(madeOnline).filter((r) => r.failure !== undefined), 'failed requests').toEqual([]);
  expect(recorder.consoleErrors, 'console errors').toEqual([]);
  expectQuiet(site);
});

siteTest('the precache starts no file while the user pastes, and finishes once the page is left alone', async ({ site }) => {
  const { page, served } = site;
  // A slow network, so the download is still running when the user pastes.
  served.fetchDelayMs = 150;
  await page.goto('./');
  const decoder = new DecoderPage(page);
  await expect(decoder.tokenInput).toBeEnabled();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing?.state ?? null), { timeout: 30_000 })
    .toBe('installing');

  const pastedAt = Date.now();
  await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'busy-user' }, 'secret'));
  await expect(decoder.payloadJson).toContainText('busy-user');

  // Left alone, it goes on and keeps every file of the build.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const { precache } = readServiceWorker(served.dir);
  expect(served.fetched.map((request) => request.path).sort()).toEqual(precache.map((path) => new URL(path, served.url).pathname).sort());
  // Those already asked for arrive within half a second of the paste; then none until the page has been left alone for 3 s.
  const arrivedAfter = (ms: number) => served.fetched.filter((request) => request.at > pastedAt + ms).length;
  expect(arrivedAfter(500) - arrivedAfter(2500), 'files asked for from 0.5 to 2.5 s after the paste').toBe(0);
  expect(arrivedAfter(2500), 'files asked for once the page was left alone').toBeGreaterThan(0);
  const cached = await page.evaluate(async () => {
    const [name] = await caches.keys();
    const cache = await caches.open(name ?? '');
    return (await cache.keys()).map((request) => request.url);
  });
  expect(cached.sort()).toEqual(precache.map((path) => new URL(path, served.url).href).sort());
  expectQuiet(site);
});

siteTest('the worker is registered once the page has been left alone for 10 s, or at once when it is hidden', async ({ site }) => {
  const { page, served } = site;
  const askedForWorker = () => served.received.filter((url) => url.endsWith(`/${SW_FILE}`)).length;
  await page.goto('./');
  await expect(new DecoderPage(page).tokenInput).toBeEnabled();
  // A first paste a few seconds after opening the page never meets the download.
  await page.waitForTimeout(5000);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), 'registered 5 s after loading').toBe(false);
  expect(askedForWorker()).toBe(0);
  // The user goes to another tab (to fetch a token): the download starts while they are away.
  await leaveForAnotherTab(page);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined), { timeout: 3000 }).toBe(true);
  // The host's record of the script's request is written by this process, not the browser: it may come just after.
  await expect.poll(askedForWorker, { timeout: 3000 }).toBe(1);
  expectQuiet(site);
});

siteTest('a link with a token in its query opens from the offline copy: the host never receives the token, online or off', async ({ site }) => {
  const { context, page, served } = site;
  await loadControlled(page);
  const decoder = new DecoderPage(page);
  const online = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'query-online' }, 'secret');
  await page.goto(`./?token=${online}`);
  await expect(page.getByTestId('query-token-warning')).toBeVisible();
  await expect(decoder.payloadJson).toContainText('query-online');
  expect(new URL(page.url()).search, 'the query is removed from the address bar').toBe('');

  await context.setOffline(true);
  const offline = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'query-offline' }, 'secret');
  await page.goto(`./?token=${offline}`);
  await expect(decoder.payloadJson).toContainText('query-offline');
  expect(served.received.filter((url) => url.includes('token=')), 'requests the host received with the token').toEqual([]);
  expectQuiet(site);
});

siteTest('a new build is announced with its build id and applied only when the user asks', async ({ site }) => {
  const { served, page } = site;
  await loadControlled(page);
  const { buildId: oldId } = readServiceWorker(served.dir);
  expect(await controllerBuildId(page)).toBe(oldId);
  await expect(page.getByTestId('app-update')).toHaveCount(0);

  // A new release on the host: the same files, another sw.js.
  const newId = 'e2e0update02';
  const swPath = join(served.dir, SW_FILE);
  writeFileSync(swPath, readFileSync(swPath, 'utf8').replace(`const BUILD_ID = "${oldId}";`, `const BUILD_ID = "${newId}";`));

  // The page registers its worker when the user leaves it; the browser then finds the new one, which installs and waits.
  await page.reload();
  await leaveForAnotherTab(page);
  const prompt = page.getByTestId('app-update');
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await expect(prompt).toHaveAttribute('data-build-id', newId);
  await expect(prompt).toContainText(newId);
  await expect(page.getByRole('status').filter({ has: prompt })).toHaveCount(1);
  // Not applied by itself: another reload still runs the old version, and says so again.
  await page.reload();
  expect(await controllerBuildId(page)).toBe(oldId);
  await leaveForAnotherTab(page);
  await expect(prompt).toBeVisible({ timeout: 15_000 });

  await Promise.all([page.waitForEvent('load'), page.getByTestId('app-update-apply').click()]);
  await expect.poll(() => controllerBuildId(page)).toBe(newId);
  await expect(page.getByTestId('app-update')).toHaveCount(0);
  // The old build's cache is gone; only the new one is kept.
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`jwt-inspector:${served.url}:${newId}`]);
  expectQuiet(site);
});
