// Benchmark section: the weak-secret audit (issue 5, "Done when"). In Chromium, on the production
// build: candidates/s of one audit worker with the WebAssembly kernel and with its JS fallback, the
// time for the whole built-in dictionary, several workers together, and, in the same run, the same
// HMAC through WebCrypto (in the page, one importKey + sign per candidate) and Node's native
// crypto.createHmac (here in Node), printed as ratios. Timings are taken where the work runs
// (performance.now() in the page, in Node for createHmac).
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import passwords from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';
import { formatMs, median, printTable, range } from './lib.mjs';

export const name = 'audit';

// Goals from issue 5, and what was measured on this kind of machine before the audit was built (docs/decisions/009).
const GOALS = { wasmPerSecond: 1_000_000, jsPerSecond: 500_000, dictionaryMs: 150, longTaskMs: 100 };

/** A token with a 151-byte signing input, signed with a secret in no list. */
function makeTarget(alg) {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  let pad = '';
  let signingInput;
  do {
    signingInput = `${b64({ alg, typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'Bench Mark', iat: 1516239022, pad })}`;
    pad += 'x';
  } while (signingInput.length < 151);
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  const signature = createHmac(hash, randomBytes(32)).update(signingInput).digest();
  return { alg, signingInput, signature: [...signature], token: `${signingInput}.${signature.toString('base64url')}` };
}

/**
 * In the page: runs the built-in dictionary through `workers` audit workers (each its part), `runs`
 * times over the same workers, and returns per run the wall time from posting the jobs to the last
 * `done`, the candidates checked and the engine. Run 0 is cold (worker start, kernel compile,
 * dictionary import and encoding); later runs are warm.
 */
async function pageRunWorkers({ workerUrl, target, workers, runs }) {
  const pool = Array.from({ length: workers }, () => new Worker(workerUrl, { type: 'module' }));
  const job = (runId, part) => ({
    runId,
    target: { alg: target.alg, signingInput: new TextEncoder().encode(target.signingInput), signature: Uint8Array.from(target.signature) },
    part,
    parts: workers,
    builtin: true,
    wordlist: null,
  });
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const runId = run + 1;
      const t0 = performance.now();
      const ends = await Promise.all(
        pool.map(
          (worker, part) =>
            new Promise((resolve) => {
              const onMessage = (event) => {
                if (event.data.runId !== runId || event.data.type === 'progress') return;
                worker.removeEventListener('message', onMessage);
                resolve({ ...event.data, at: performance.now() });
              };
              worker.addEventListener('message', onMessage);
              worker.postMessage({ type: 'run', job: job(runId, part) });
            }),
        ),
      );
      results.push({
        ms: Math.max(...ends.map((e) => e.at)) - t0,
        checked: ends.reduce((sum, e) => sum + (e.checked ?? 0), 0),
        hashMs: Math.max(...ends.map((e) => e.hashMs ?? 0)),
        setupMs: Math.max(...ends.map((e) => e.setupMs ?? 0)),
        engine: ends[0]?.engine,
        types: ends.map((e) => e.type),
      });
    }
  } finally {
    for (const worker of pool) worker.terminate();
  }
  return results;
}

/** In the page: importKey + sign per candidate through WebCrypto, 256 in flight (batching does not help). */
async function pageWebCrypto({ words, alg, signingInput }) {
  const hash = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }[alg];
  const data = new TextEncoder().encode(signingInput);
  const keys = words.map((w) => new TextEncoder().encode(w));
  const one = (key) =>
    crypto.subtle.importKey('raw', key, { name: 'HMAC', hash }, false, ['sign']).then((k) => crypto.subtle.sign('HMAC', k, data));
  for (const key of keys.slice(0, 500)) await one(key);
  const t0 = performance.now();
  for (let i = 0; i < keys.length; i += 256) await Promise.all(keys.slice(i, i + 256).map(one));
  return { ms: performance.now() - t0, count: keys.length };
}

/**
 * In the page (the app itself): pastes `token` and waits for the audit's `done`, recording the
 * longest main-thread task meanwhile. Returns the time from the paste to `done`.
 */
async function pagePasteUntilDone({ token, timeoutMs }) {
  const input = document.querySelector('[data-testid="token-input"]');
  const longTasks = window.__benchAudit.longTasks;
  const from = longTasks.length;
  const t0 = performance.now();
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
  setter.call(input, token);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: token }));
  const done = await new Promise((resolve) => {
    const check = () => {
      const panel = document.querySelector('[data-testid="secret-audit"]');
      if (panel?.getAttribute('data-status') === 'done' && panel.textContent.includes('candidates')) return resolve(true);
      if (performance.now() - t0 > timeoutMs) return resolve(false);
      setTimeout(check, 2);
    };
    check();
  });
  const t1 = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = longTasks.slice(from);
  return { done, ms: t1 - t0, longestTask: Math.max(0, ...tasks), text: document.querySelector('[data-testid="secret-audit"]')?.textContent ?? '' };
}

/** In the page: pastes `token`, waits a second, returns the longest main-thread task meanwhile. */
async function pagePasteLongestTask({ token }) {
  const input = document.querySelector('[data-testid="token-input"]');
  const longTasks = window.__benchAudit.longTasks;
  const from = longTasks.length;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
  setter.call(input, token);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: token }));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { longestTask: Math.max(0, ...longTasks.slice(from)) };
}

function makeRs256Token() {
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({ sub: '1234567890', name: 'Bench Mark', iat: 1516239022 })}.${randomBytes(256).toString('base64url')}`;
}

function pageInit() {
  const state = { longTasks: [] };
  window.__benchAudit = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Chromium only.
  }
}

function nodeCreateHmac(words, alg, signingInput, rounds) {
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  const keys = words.map((w) => Buffer.from(w));
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let x = 0;
    for (const key of keys) x ^= createHmac(hash, key).update(signingInput).digest()[0];
    rates.push(keys.length / ((performance.now() - t0) / 1000) + (x & 0));
  }
  return rates;
}

const rate = (r) => (r && r.ms > 0 ? r.checked / (r.ms / 1000) : null);
const hashRate = (r) => (r && r.hashMs > 0 ? r.checked / (r.hashMs / 1000) : null);
const fmtRate = (v) => (v === null || v === undefined ? 'n/a' : v >= 1e6 ? `${(v / 1e6).toFixed(2)} M/s` : `${Math.round(v / 1e3)} k/s`);
const meets = (value, goal, lowerIsBetter = false) => (value === null ? 'n/a' : (lowerIsBetter ? value <= goal : value >= goal) ? 'yes' : 'NO');
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}x` : 'n/a');

export async function run(ctx) {
  const workerFile = readdirSync(join(ctx.distDir, 'assets')).find((f) => /^audit-worker-[\w-]+\.js$/.test(f));
  if (!workerFile) {
    console.log('\n(audit) no audit-worker-*.js in dist/assets: nothing to measure');
    return;
  }
  const workerUrl = new URL(`assets/${workerFile}`, ctx.baseUrl).href;
  const warmRuns = Math.max(3, ctx.rounds);
  const context = await ctx.browser.newContext();
  const cores = await (async () => {
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    const n = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.close();
    return n;
  })();
  const appWorkers = Math.max(1, cores - 1);

  // (a) one worker: WASM kernel, then the JS fallback (the worker script served with a CSP that forbids compiling WebAssembly)
  const oneWorker = {};
  for (const alg of ['HS256', 'HS384', 'HS512']) {
    ctx.log(`  audit: one worker, ${alg}`);
    const target = makeTarget(alg);
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    oneWorker[alg] = { wasm: await page.evaluate(pageRunWorkers, { workerUrl, target, workers: 1, runs: warmRuns + 1 }) };
    await page.close();
  }
  const jsContext = await ctx.browser.newContext();
  await jsContext.route(/audit-worker-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } });
  });
  for (const alg of ['HS256', 'HS384', 'HS512']) {
    ctx.log(`  audit: one worker, JS fallback, ${alg}`);
    const page = await jsContext.newPage();
    await page.goto(ctx.baseUrl);
    oneWorker[alg].js = await page.evaluate(pageRunWorkers, { workerUrl, target: makeTarget(alg), workers: 1, runs: alg === 'HS256' ? warmRuns + 1 : 2 });
    await page.close();
  }
  await jsContext.close();

  // (b) several workers, HS256
  const scaling = [];
  for (const workers of [...new Set([1, 2, appWorkers, cores])].sort((a, b) => a - b)) {
    ctx.log(`  audit: ${workers} workers`);
    const page = await context.newPage();
    await page.goto(ctx.baseUrl);
    scaling.push({ workers, runs: await page.evaluate(pageRunWorkers, { workerUrl, target: makeTarget('HS256'), workers, runs: warmRuns + 1 }) });
    await page.close();
  }

  // (c) references in the same run: WebCrypto in the page, createHmac in Node, same keys and input
  ctx.log('  audit: WebCrypto and createHmac');
  const target = makeTarget('HS256');
  const words = passwords.slice(0, 49_233);
  const page = await context.newPage();
  await page.goto(ctx.baseUrl);
  const webCrypto = [];
  for (let r = 0; r < Math.min(3, ctx.rounds); r++) {
    const result = await page.evaluate(pageWebCrypto, { words: words.slice(r * 10_000, r * 10_000 + 10_000), alg: 'HS256', signingInput: target.signingInput });
    webCrypto.push(result.count / (result.ms / 1000));
  }
  await page.close();
  const nodeRates = nodeCreateHmac(words, 'HS256', target.signingInput, Math.min(5, ctx.rounds));

  // (d) the app: paste to `done`, cold (first HS token of the page) and warm, with the longest main-thread task
  const app = [];
  for (let r = 0; r < Math.min(5, ctx.rounds); r++) {
    ctx.log(`  audit: app round ${r + 1}`);
    const appContext = await ctx.browser.newContext();
    await appContext.addInitScript(pageInit);
    const appPage = await appContext.newPage();
    await appPage.goto(ctx.baseUrl);
    await appPage.getByTestId('token-input').waitFor();
    // Baseline: the same first paste of the page with an RS256 token (no audit), for its longest task.
    const baseline = await appPage.evaluate(pagePasteLongestTask, { token: makeRs256Token() });
    const cold = await appPage.evaluate(pagePasteUntilDone, { token: makeTarget('HS256').token, timeoutMs: 60_000 });
    const warm = await appPage.evaluate(pagePasteUntilDone, { token: makeTarget('HS256').token, timeoutMs: 60_000 });
    app.push({ baseline, cold, warm });
    await appContext.close();
  }
  // (e) typing while an audit runs: 40 keystrokes in the key box, with no audit running, then while
  // the workers go through a 40 MB wordlist (read from disk, as a user's file is)
  const dir = mkdtempSync(join(tmpdir(), 'jwt-audit-bench-'));
  const bigFile = join(dir, 'wordlist.txt');
  const lines = [];
  for (let i = 0, size = 0; size < 40e6; i++) {
    const line = `word-${i}-${((i * 2654435761) >>> 0).toString(36)}`;
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(bigFile, lines.join('\n'));
  const typing = [];
  try {
    for (let r = 0; r < Math.min(3, ctx.rounds); r++) {
      ctx.log(`  audit: typing round ${r + 1}`);
      const typingContext = await ctx.browser.newContext();
      // A control: a worker that only spins, to tell CPU contention from work on the main thread.
      await typingContext.route('**/bench-busy-worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: 'for (;;) {}' }));
      await typingContext.addInitScript(pageInit);
      const typingPage = await typingContext.newPage();
      await typingPage.goto(ctx.baseUrl);
      await typingPage.getByTestId('token-input').waitFor();
      await typingPage.evaluate(pagePasteUntilDone, { token: makeTarget('HS256').token, timeoutMs: 60_000 });
      const keyBox = typingPage.getByTestId('key-input');
      const longestWhileTyping = async (text) => {
        const from = await typingPage.evaluate(() => window.__benchAudit.longTasks.length);
        await keyBox.pressSequentially(text, { delay: 20 });
        await typingPage.waitForTimeout(200);
        return typingPage.evaluate((start) => Math.max(0, ...window.__benchAudit.longTasks.slice(start)), from);
      };
      const idle = await longestWhileTyping('typing-with-no-audit-running-0123456789');
      await keyBox.fill('');
      await typingPage.evaluate(() => {
        window.__benchBusy = new Worker('./bench-busy-worker.js');
      });
      await typingPage.waitForTimeout(300);
      const spinning = await longestWhileTyping('typing-while-a-worker-spins-0123456789');
      await typingPage.evaluate(() => window.__benchBusy.terminate());
      await keyBox.fill('');
      await typingPage.getByTestId('secret-audit-wordlist').setInputFiles(bigFile);
      await typingPage.locator('[data-testid="secret-audit"][data-status="running"]').waitFor();
      const busy = await longestWhileTyping('typing-while-the-audit-runs-0123456789');
      const stillRunning = (await typingPage.getByTestId('secret-audit').getAttribute('data-status')) === 'running';
      typing.push({ idle, spinning, busy, stillRunning });
      await typingContext.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await context.close();

  // Tables
  const warmOf = (runs) => runs.slice(1);
  const rows = [];
  for (const alg of ['HS256', 'HS384', 'HS512']) {
    for (const kind of ['wasm', 'js']) {
      const runs = oneWorker[alg][kind];
      const warm = warmOf(runs);
      const rates = warm.map(rate);
      const r = range(rates);
      const engine = runs[0]?.engine ?? 'n/a';
      const goal = alg !== 'HS256' ? '' : kind === 'wasm' ? `≥ ${fmtRate(GOALS.wasmPerSecond)}` : `≥ ${fmtRate(GOALS.jsPerSecond)}`;
      rows.push([
        `${alg}, ${kind === 'wasm' ? 'WASM kernel' : 'JS fallback'} (${engine})`,
        fmtRate(median(rates)),
        r ? `${fmtRate(r[0])} – ${fmtRate(r[1])}` : 'n/a',
        fmtRate(median(warm.map(hashRate))),
        fmtRate(hashRate(runs[0])),
        goal,
        goal ? meets(median(rates), kind === 'wasm' ? GOALS.wasmPerSecond : GOALS.jsPerSecond) : '',
        formatMs(median(warm.map((x) => x.ms))),
        `${formatMs(runs[0]?.ms)} (${formatMs(runs[0]?.setupMs)} setup)`,
        String(runs[0]?.checked ?? 'n/a'),
      ]);
    }
  }
  printTable(
    `(a) One audit worker, the whole built-in dictionary (famous defaults + 49k common passwords, every encoding), median of ${warmRuns} warm runs`,
    ['engine', '>candidates/s', '>range', '>hashing only', '>first run, hashing only', '>goal', 'meets', '>dictionary (warm)', '>first run (cold)', '>candidates'],
    rows,
    [
      '"warm" = a later token: the worker holds the encoded dictionary and each key\'s HMAC pad states (they depend on the key only), so a',
      '  candidate costs 4 SHA compressions instead of 6. "cold" = the first token: starting the worker, compiling the kernel, importing and',
      '  encoding the list ("setup"), then 6 compressions a candidate while storing the pad states.',
      '"candidates/s" = candidates / wall time from posting the job to its end (messages, slices, pauses included); "hashing only" = inside the loop calls.',
      `goal for the whole built-in dictionary: < ${GOALS.dictionaryMs} ms; HS256 WASM warm: ${meets(median(warmOf(oneWorker.HS256.wasm).map((x) => x.ms)), GOALS.dictionaryMs, true)}`,
      'HS384/HS512 use the same kernel module, scalar 64-bit (one key a pass); the JS fallback computes SHA-512 in 32-bit halves.',
    ],
  );

  const one = median(warmOf(scaling[0]?.runs ?? []).map(rate));
  printTable(
    `(b) Several workers, HS256 (each its part of the dictionary; this machine: ${cores} logical cores, the app uses ${appWorkers})`,
    ['workers', '>candidates/s', '>× one worker', '>dictionary (warm)'],
    scaling.map((s) => {
      const warm = warmOf(s.runs);
      const v = median(warm.map(rate));
      return [String(s.workers), fmtRate(v), ratio(v, one), formatMs(median(warm.map((x) => x.ms)))];
    }),
    ['On a small dictionary the fixed costs (messages, slices) weigh more as workers are added; a large wordlist scales better.'],
  );

  const wasm = median(warmOf(oneWorker.HS256.wasm).map(rate));
  const js = median(warmOf(oneWorker.HS256.js).map(rate));
  const wasmCold = hashRate(oneWorker.HS256.wasm[0]);
  const jsCold = hashRate(oneWorker.HS256.js[0]);
  const wc = median(webCrypto);
  const node = median(nodeRates);
  printTable(
    '(c) The same HMAC-SHA256, measured in this run (same signing input; 10k or 49k keys of the common list)',
    ['approach', '>candidates/s', '>× WebCrypto', '>× createHmac', '>notes (performance-notes §3)'],
    [
      ['audit worker, WASM SIMD kernel (later tokens)', fmtRate(wasm), ratio(wasm, wc), ratio(wasm, node), ''],
      ['audit worker, WASM SIMD kernel (first token, hashing)', fmtRate(wasmCold), ratio(wasmCold, wc), ratio(wasmCold, node), '≈ 1.1 M/s'],
      ['audit worker, JS fallback (later tokens)', fmtRate(js), ratio(js, wc), ratio(js, node), ''],
      ['audit worker, JS fallback (first token, hashing)', fmtRate(jsCold), ratio(jsCold, wc), ratio(jsCold, node), '≈ 0.57 M/s'],
      ['WebCrypto importKey + sign per candidate (page)', fmtRate(wc), '1.0x', ratio(wc, node), '≈ 60 k/s'],
      ["Node crypto.createHmac (this process)", fmtRate(node), ratio(node, wc), '1.0x', '≈ 370 k/s'],
    ],
    ['Limit of SHA-256 without SHA-NI, one core: ≈ 1.56 M HMAC/s (6 compressions each).'],
  );

  const coldMs = app.map((a) => (a.cold.done ? a.cold.ms : null));
  const warmMs = app.map((a) => (a.warm.done ? a.warm.ms : null));
  // The audit's own: the cold and warm HS pastes (the baseline's first render is the decoder's).
  const longest = app.flatMap((a) => [a.cold.longestTask, a.warm.longestTask]);
  printTable(
    `(d) In the app: paste an HS256 token (secret in no list) until the panel says done (median of ${app.length} fresh pages)`,
    ['case', '>median', '>range', '>longest main-thread task'],
    [
      ['baseline: first RS256 token of the page (no audit)', '', '', formatMs(median(app.map((a) => a.baseline.longestTask)))],
      ['then the first HS token (cold)', formatMs(median(coldMs)), range(coldMs) ? `${formatMs(range(coldMs)[0])} – ${formatMs(range(coldMs)[1])}` : 'n/a', formatMs(median(app.map((a) => a.cold.longestTask)))],
      ['next token (warm)', formatMs(median(warmMs)), range(warmMs) ? `${formatMs(range(warmMs)[0])} – ${formatMs(range(warmMs)[1])}` : 'n/a', formatMs(median(app.map((a) => a.warm.longestTask)))],
    ],
    [
      `longest main-thread task while an audit starts and runs, over all rounds: ${formatMs(Math.max(0, ...longest))} (goal < ${GOALS.longTaskMs} ms: ${meets(Math.max(0, ...longest), GOALS.longTaskMs, true)}); 0 = no task over 50 ms.`,
      'The baseline row is the first paste of a fresh page without any audit (the decoder rendering its first token), for comparison.',
      'The hashing runs in the workers; the page only renders progress (throttled to 20 updates/s per worker).',
      ...app.filter((a) => !a.cold.done || !a.warm.done).map(() => 'error: an app round did not reach done'),
    ],
  );

  printTable(
    `(e) Typing 40 characters into the key box (20 ms apart), longest main-thread task (median of ${typing.length} fresh pages)`,
    ['case', '>longest task', '>range'],
    [
      ['no audit running', formatMs(median(typing.map((t) => t.idle))), range(typing.map((t) => t.idle)) ? `${formatMs(range(typing.map((t) => t.idle))[0])} – ${formatMs(range(typing.map((t) => t.idle))[1])}` : 'n/a'],
      ['while the workers audit a 40 MB wordlist', formatMs(median(typing.map((t) => t.busy))), range(typing.map((t) => t.busy)) ? `${formatMs(range(typing.map((t) => t.busy))[0])} – ${formatMs(range(typing.map((t) => t.busy))[1])}` : 'n/a'],
      ['control: while a worker only spins (no audit)', formatMs(median(typing.map((t) => t.spinning))), range(typing.map((t) => t.spinning)) ? `${formatMs(range(typing.map((t) => t.spinning))[0])} – ${formatMs(range(typing.map((t) => t.spinning))[1])}` : 'n/a'],
    ],
    [
      `the audit was still running after the typing in ${typing.filter((t) => t.stillRunning).length} of ${typing.length} rounds; 0 = no task over 50 ms.`,
      'Each keystroke also re-reads the key and re-verifies the signature (the verifier\'s own work), with or without an audit.',
      'When the audit row matches the control, its long tasks are the main thread waiting for a core (machine load), not audit work on it.',
    ],
  );
}
