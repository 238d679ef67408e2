// Benchmark section: the decoder's first load and paste-to-paint times (issue 2, "Done when").
// Every timing is taken inside the page with performance.now() (0 = navigation start), so the
// round trips between Node and the browser are not counted.
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { compressedSizes, formatKB, formatMs, median, printTable, range } from './lib.mjs';

export const name = 'decoder';

// Goals from issue 2. Another tool is compared only when measured in the same run, never from a figure noted elsewhere.
const GOALS = {
  jsGzip: 110_000,
  jsFiles: 4,
  inputMs: 500,
  typicalMs: 16,
  kb100Ms: 150,
  mb1Ms: 500,
  longTaskMs: 50,
};

function makeToken(payload) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', 'bench-secret').update(input).digest('base64url')}`;
}

/** A token whose payload is about `bytes` of JSON, with `marker` as its first member (so it is shown first). */
function tokenOfSize(marker, bytes) {
  const payload = { marker, sub: '1234567890', name: 'Ada Lovelace', iat: 1767225600, exp: 4102444800 };
  if (bytes > 0) {
    const items = [];
    let size = 0;
    for (let i = 0; size < bytes; i += 1) {
      const item = { id: i, role: `role-${i % 17}`, scope: 'read:items write:items', note: 'lorem ipsum dolor sit amet' };
      items.push(item);
      size += JSON.stringify(item).length + 1;
    }
    payload.items = items;
  }
  return makeToken(payload);
}

/**
 * Runs in the page before its own scripts: records long tasks, and as soon as the token input
 * exists and is enabled, types a token into it (one input event) and notes when a decoded part
 * shows up. `__bench.inputReady` and `__bench.inputDecoded` are performance.now() times.
 */
function pageInit({ probeToken, probeMarker }) {
  const bench = { longTasks: [], inputReady: null, probeAt: null, inputDecoded: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are a Chromium API; without it the column reads n/a.
  }
  const input = () => document.querySelector('[data-testid="token-input"]');
  const decoded = () => document.querySelector('[data-testid="payload-json"]')?.textContent?.includes(probeMarker);
  const type = (el) => {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
    if (setter) setter.call(el, probeToken);
    else el.textContent = probeToken;
    bench.probeAt ??= performance.now();
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: probeToken }));
  };
  const check = () => {
    const el = input();
    if (bench.inputReady === null && el && !el.disabled && !el.readOnly) {
      bench.inputReady = performance.now();
      type(el);
    }
    if (bench.inputReady !== null && bench.inputDecoded === null && decoded()) {
      bench.inputDecoded = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // If the first input event came before the app listened, type again each frame until it decodes.
  const retry = () => {
    if (bench.inputDecoded !== null) return;
    const el = input();
    if (bench.inputReady !== null && el && performance.now() - bench.probeAt > 50) type(el);
    requestAnimationFrame(retry);
  };
  requestAnimationFrame(retry);
}

/**
 * In the page: paste `token` over the token input through a ClipboardEvent (replaying the browser's
 * insertion when the app does not take the paste itself), wait until `payload-json` shows `marker`,
 * then one animation frame and a task (≈ painted). Returns times from the paste, and the longest task.
 */
async function pageMeasurePaste({ token, marker, timeoutMs }) {
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const el = document.querySelector('[data-testid="token-input"]');
  if (!el) return { error: 'no token-input' };
  el.focus();
  el.select?.();
  const found = () => document.querySelector('[data-testid="payload-json"]')?.textContent?.includes(marker) === true;
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', token);
  const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });

  const t0 = performance.now();
  if (el.dispatchEvent(event)) {
    el.setRangeText(token, el.selectionStart, el.selectionEnd, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: token }));
  }
  const shown = await new Promise((resolve) => {
    if (found()) {
      resolve(true);
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!found()) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(true);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  if (!shown) return { error: `payload-json did not show the token within ${timeoutMs} ms` };
  const tDom = performance.now();
  await settle();
  const tFrame = performance.now();
  // Long-task entries arrive asynchronously: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 150));
  const tasks = window.__bench.longTasks.filter((t) => t.start + t.duration > t0 && t.start < tFrame);
  return {
    dom: tDom - t0,
    frame: tFrame - t0,
    longestTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}

const CASES = [
  { key: 'typical', label: 'typical token', bytes: 0, timeoutMs: 5_000, goal: GOALS.typicalMs },
  { key: 'kb100', label: '100 KB payload', bytes: 100_000, timeoutMs: 15_000, goal: GOALS.kb100Ms },
  { key: 'mb1', label: '1 MB payload', bytes: 1_000_000, timeoutMs: 60_000, goal: GOALS.mb1Ms },
  { key: 'after', label: 'typical, after the 1 MB one', bytes: 0, timeoutMs: 5_000, goal: GOALS.typicalMs },
];

async function oneRound(ctx, round) {
  const probeMarker = `bench-probe-${round}`;
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  context.on('requestfinished', (request) => requests.push(request));
  context.on('requestfailed', (request) => requests.push(request));
  await context.addInitScript(pageInit, { probeToken: tokenOfSize(probeMarker, 0), probeMarker });
  const page = await context.newPage();
  try {
    await page.goto(ctx.baseUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.inputDecoded !== null, null, { timeout: 30_000 }).catch(() => {});
    await page.waitForLoadState('networkidle');
    const load = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const bench = window.__bench;
      const until = bench.inputDecoded ?? performance.now();
      const tasks = bench.longTasks.filter((t) => t.start < until);
      return {
        timeOrigin: performance.timeOrigin,
        probeAt: bench.probeAt,
        inputReady: bench.inputReady,
        inputDecoded: bench.inputDecoded,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      };
    });
    const probeEpoch = load.probeAt === null ? Infinity : load.timeOrigin + load.probeAt;
    const initialRequests = requests.filter((request) => request.timing().startTime < probeEpoch);

    const pastes = {};
    for (const c of CASES) {
      const marker = `bench-${c.key}-${round}`;
      pastes[c.key] = await page.evaluate(pageMeasurePaste, { token: tokenOfSize(marker, c.bytes), marker, timeoutMs: c.timeoutMs });
    }
    await page.waitForLoadState('networkidle');
    return { load, initialRequests: initialRequests.map(describe), allRequests: requests.map(describe), pastes };
  } finally {
    await context.close();
  }
}

function describe(request) {
  return { url: request.url(), type: request.resourceType(), failed: request.failure() !== null };
}

const isJs = (r) => r.type === 'script' || /\.m?js$/.test(new URL(r.url).pathname);

function jsFileRows(ctx, requests) {
  const seen = new Map();
  for (const r of requests.filter(isJs)) {
    const path = new URL(r.url).pathname;
    if (!seen.has(path)) seen.set(path, { path, ...compressedSizes(join(ctx.distDir, decodeURIComponent(path))) });
  }
  return [...seen.values()];
}

const meets = (value, goal) => (value === null ? 'n/a' : value <= goal ? 'yes' : 'NO');

export async function run(ctx) {
  const rounds = [];
  for (let i = 0; i < ctx.rounds; i += 1) {
    ctx.log(`  decoder round ${i + 1}/${ctx.rounds}`);
    rounds.push(await oneRound(ctx, i));
  }
  const origin = new URL(ctx.baseUrl).origin;
  const first = rounds[0];

  // (a) what the decoder loads before any interaction
  const initialJs = jsFileRows(ctx, first.initialRequests);
  const laterJs = jsFileRows(ctx, first.allRequests).filter((f) => !initialJs.some((i) => i.path === f.path));
  const total = initialJs.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const jsCounts = rounds.map((r) => r.initialRequests.filter(isJs).length);
  const offOrigin = rounds.flatMap((r) => r.allRequests).filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
  printTable(
    '(a) JavaScript loaded before any interaction (gzip -9 / brotli -11 of the files in dist/)',
    ['file', '>raw', '>gzip', '>brotli'],
    [
      ...initialJs.map((f) => [f.path, formatKB(f.raw), formatKB(f.gzip), formatKB(f.brotli)]),
      [`total: ${initialJs.length} files`, formatKB(total.raw), formatKB(total.gzip), formatKB(total.brotli)],
    ],
    [
      `goal: ≤ ${formatKB(GOALS.jsGzip)} gzip in ≤ ${GOALS.jsFiles} files: ${meets(total.gzip, GOALS.jsGzip)} / ${meets(initialJs.length, GOALS.jsFiles)}`,
      `JS requests per round: ${[...new Set(jsCounts)].join(', ')}; requests off the page's origin in all rounds: ${offOrigin.length}`,
      ...(laterJs.length > 0
        ? [`loaded later, on demand: ${laterJs.map((f) => `${f.path} (${formatKB(f.gzip)} gzip)`).join(', ')}`]
        : []),
    ],
  );

  // (b) until the token input accepts input
  const loadRow = (label, values, goal) => {
    const m = median(values);
    const r = range(values);
    return [label, formatMs(m), r ? `${formatMs(r[0])} – ${formatMs(r[1])}` : 'n/a', goal ?? '', goal ? meets(m, GOALS.inputMs) : ''];
  };
  printTable(
    `(b) Load, from navigation start (median of ${ctx.rounds} rounds, fresh context each)`,
    ['metric', '>median', '>range', '>goal', 'meets'],
    [
      loadRow('DOMContentLoaded', rounds.map((r) => r.load.dcl), null),
      loadRow('token input present and enabled', rounds.map((r) => r.load.inputReady), null),
      loadRow('token input usable (an input decodes)', rounds.map((r) => r.load.inputDecoded), `≤ ${GOALS.inputMs} ms`),
      loadRow('blocking time until then (tasks > 50 ms)', rounds.map((r) => r.load.blocking), null),
    ],
  );

  // (c) (d) (e) paste until painted
  const errors = new Set();
  const pasteRows = [];
  for (const c of CASES) {
    const results = rounds.map((r) => r.pastes[c.key]);
    for (const res of results) if (res.error) errors.add(`${c.label}: ${res.error}`);
    const frame = results.map((res) => res.frame ?? null);
    const r = range(frame);
    pasteRows.push([
      c.label,
      formatMs(median(results.map((res) => res.dom ?? null))),
      formatMs(median(frame)),
      r ? `${formatMs(r[0])} – ${formatMs(r[1])}` : 'n/a',
      `≤ ${c.goal} ms`,
      meets(median(frame), c.goal),
      formatMs(median(results.map((res) => res.longestTask ?? null))),
    ]);
  }
  printTable(
    `(c)(d)(e) Paste until the decoded payload is painted (median of ${ctx.rounds} rounds)`,
    ['paste', '>in DOM', '>painted', '>range (painted)', '>goal', 'meets', '>longest task'],
    pasteRows,
    [
      '"painted" = payload-json shows the token, then one animation frame and a task.',
      `"longest task" = the longest main-thread task between the paste and the paint; ≤ ${GOALS.longTaskMs} ms means typing is never blocked.`,
      ...[...errors].map((e) => `error: ${e}`),
    ],
  );
}
