// The hostile inputs of issue 11's freeze table: many small things (parts, members, duplicate keys)
// and a few big ones, each once into the box a user would put it in. Shared by the benchmark's
// `hostile` section and e2e/hostile-inputs.spec.ts, so both measure the same rows.
import { createHash, createHmac } from 'node:crypto';

const b64u = (text) => Buffer.from(text).toString('base64url');

/** A compact JWS of raw header and payload JSON texts, HS256-signed with `secret`. */
function jws(headerJson, payloadJson, secret = 'hostile-secret') {
  const input = `${b64u(headerJson)}.${b64u(payloadJson)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** A header with `count` parameters `"p0":0,"p1":1,…` after `alg`. */
function manyParameters(count) {
  const members = ['"alg":"HS256"'];
  for (let i = 0; i < count; i += 1) members.push(`"p${i}":${i}`);
  return `{${members.join(',')}}`;
}

/** A JSON object whose only member is an array of `count` one-digit numbers (two bytes each). */
function manyNumbers(count) {
  const digits = Array.from({ length: count }, (_, i) => i % 10);
  return `{"n":[${digits.join(',')}]}`;
}

/** A JSON object of `count` members `"c0":0,"c1":1,…`. */
function manyMembers(count) {
  const members = [];
  for (let i = 0; i < count; i += 1) members.push(`"c${i}":${i}`);
  return `{${members.join(',')}}`;
}

/** An SD-JWT whose issuer JWT lists the digests of `count` disclosures, each sent after it. */
function manyDisclosures(count) {
  const disclosures = Array.from({ length: count }, (_, i) => b64u(JSON.stringify([`salt-${i}`, `claim${i}`, `value ${i}, long enough to be a real claim`])));
  const digests = disclosures.map((disclosure) => createHash('sha256').update(disclosure).digest('base64url'));
  return `${jws('{"alg":"HS256","typ":"dc+sd-jwt"}', JSON.stringify({ iss: 'https://issuer.example', _sd_alg: 'sha-256', _sd: digests }))}~${disclosures.join('~')}~`;
}

/** A secret of `bytes` printable characters. */
function longSecret(bytes) {
  return 'k'.repeat(bytes);
}

/**
 * The rows, in the table's order. `view` is the route, `box` the test id of the text box, `how`
 * whether the text is pasted (a paste ClipboardEvent) or filled (one input event, as Playwright's
 * fill: the browser inserts it at once), `example` whether the example is loaded first; `before` is the table's figure for the longest main-thread task. `input()` builds the text.
 */
export const HOSTILE_ROWS = [
  { id: 'dots-1m', label: 'token of 1,000,000 dots', view: 'decoder', box: 'token-input', how: 'paste', before: '23.9 s', input: () => '.'.repeat(1_000_000) },
  { id: 'a-dot-200k', label: '`a.` × 200,000', view: 'decoder', box: 'token-input', how: 'paste', before: '12.1 s', input: () => 'a.'.repeat(200_000) },
  {
    id: 'duplicate-keys-100k',
    label: 'payload with 100,000 duplicate keys',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '10.4 s',
    input: () => jws('{"alg":"HS256","typ":"JWT"}', `{${Array.from({ length: 100_000 }, () => '"a":1').join(',')}}`),
  },
  {
    id: 'header-params-60k',
    label: 'header with 60,000 parameters (1.1 MB)',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '6.0 s',
    input: () => jws(manyParameters(60_000), '{"sub":"hostile"}'),
  },
  {
    id: 'claims-50k',
    label: 'payload with 50,000 claims (1 MB)',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '0.26–0.39 s*',
    input: () => jws('{"alg":"HS256","typ":"JWT"}', manyMembers(50_000)),
  },
  {
    id: 'sd-jwt-10k',
    label: 'an SD-JWT with 10,000 disclosures (1.6 MB)',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '0.38–0.43 s*',
    input: () => manyDisclosures(10_000),
  },
  {
    id: 'sd-jwt-tildes',
    label: 'an SD-JWT followed by 200,000 `~`',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '0.64–0.86 s*',
    input: () => `${jws('{"alg":"HS256","typ":"dc+sd-jwt"}', '{"_sd_alg":"sha-256","_sd":[]}')}${'~'.repeat(200_000)}`,
  },
  { id: 'dots-300k', label: '300,000 dots (worker path)', view: 'decoder', box: 'token-input', how: 'paste', before: '5.1–5.6 s', input: () => '.'.repeat(300_000) },
  {
    id: 'header-params-20k',
    label: 'header with 20,000 parameters',
    view: 'decoder',
    box: 'token-input',
    how: 'paste',
    before: '1.5–1.7 s',
    input: () => jws(manyParameters(20_000), '{"sub":"hostile"}'),
  },
  {
    id: 'fill-20mb',
    label: 'a 20 MB token typed in with `fill`',
    view: 'decoder',
    box: 'token-input',
    how: 'fill',
    before: '4.1 s',
    input: () => jws('{"alg":"HS256","typ":"JWT"}', `{"sub":"hostile","claim":"${'x'.repeat(15_000_000)}"}`),
  },
  {
    id: 'key-10mb',
    label: 'a 10 MB secret pasted in the key box',
    view: 'decoder',
    box: 'key-input',
    how: 'paste',
    before: '1.8 s',
    // Over the example's token and secret, so the pasted secret is read and tried.
    example: true,
    input: () => longSecret(10_000_000),
  },
  { id: 'encoder-numbers-50k', label: 'encoder: payload of 50,000 numbers (100 KB)', view: 'encoder', box: 'encoder-payload', how: 'fill', before: '28.7 s', input: () => manyNumbers(50_000) },
  { id: 'encoder-numbers-250k', label: 'encoder: payload of 250,000 numbers (500 KB)', view: 'encoder', box: 'encoder-payload', how: 'fill', before: '446 s', input: () => manyNumbers(250_000) },
  {
    id: 'encoder-string-5mb',
    label: 'encoder: a 5 MB string',
    view: 'encoder',
    box: 'encoder-payload',
    how: 'fill',
    before: '5.0 s',
    input: () => `{"sub":"hostile","s":"${'x'.repeat(5_000_000)}"}`,
  },
  { id: 'encoder-secret-10mb', label: 'encoder: a 10 MB secret', view: 'encoder', box: 'encoder-key', how: 'fill', before: '3.8 s', input: () => longSecret(10_000_000) },
];

/** The route of a view, relative to the app's base URL. */
export function routeOf(view) {
  return view === 'encoder' ? './#/encode' : './';
}

/**
 * Runs in the page before its scripts: keeps every main-thread long task (Chromium's Long Tasks
 * API, buffered so the first ones are not missed) in `window.__longTasks`.
 */
export function observeLongTasks() {
  const tasks = [];
  window.__longTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not Chromium: no long tasks are recorded, and the longest reads 0.
  }
}

/**
 * In the page: keeps `text` for `pagePutIn`. Carrying megabytes into the page costs the test
 * harness a long task of its own (a 10 MB string takes ~350 ms to arrive), so it is done first,
 * outside what is measured.
 */
export function pageHoldText(text) {
  window.__hostileText = text;
}

/**
 * In the page: puts the held text into the box `testId` over its whole text, as a user would:
 * `paste` as Ctrl+V does (a paste ClipboardEvent with a DataTransfer), `fill` as Playwright's fill
 * does (a cancelable `beforeinput` of type insertText carrying the text). A synthetic event has no
 * default action: when the app lets it through, the browser's insertion is replayed (the text
 * replaces the selection, then an `input` event).
 */
export function pagePutIn({ testId, how }) {
  const text = window.__hostileText;
  const el = document.querySelector(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`${testId} is missing`);
  el.focus();
  el.select();
  const clipboard = () => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    return clipboardData;
  };
  const event =
    how === 'fill'
      ? new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: text })
      : new ClipboardEvent('paste', { clipboardData: clipboard(), bubbles: true, cancelable: true });
  if (!el.dispatchEvent(event)) return;
  el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: how === 'fill' ? 'insertText' : 'insertFromPaste', data: text }));
}

/**
 * In the page: resolves once no long task has ended for `quietMs` and two frames have passed, with
 * the longest task and the end of the last one since `since` (performance.now() times).
 */
export function pageSettle({ since, quietMs }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const after = () => window.__longTasks.filter((task) => task.start + task.duration > since);
  return new Promise((resolve) => {
    const check = async () => {
      await frame();
      await frame();
      const tasks = after();
      const lastEnd = tasks.reduce((max, task) => Math.max(max, task.start + task.duration), since);
      if (performance.now() - lastEnd < quietMs) {
        setTimeout(check, 100);
        return;
      }
      resolve({ longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0), lastEnd, count: tasks.length });
    };
    void check();
  });
}

/**
 * In the page: whether the view has finished reacting to the text put into `box`: the decoder shows
 * a decoded part or an error and is no longer decoding, the key box's verdict is in, the encoder shows a token or why there is none and is no longer signing.
 */
export function pageReacted({ box }) {
  const has = (testId) => document.querySelector(`[data-testid="${testId}"]`) !== null;
  if (box === 'token-input') {
    return document.querySelector('.decoder-output')?.getAttribute('aria-busy') === 'false' && (has('payload-json') || has('header-json') || has('decode-error'));
  }
  // The example's secret verified its token; the pasted one does not.
  if (box === 'key-input') return document.querySelector('[data-testid="verify-status"]:not([data-status="pending"]):not([data-status="valid"])') !== null;
  const output = document.querySelector('.token-output');
  return output?.getAttribute('aria-busy') === 'false' && (has('encoder-error') || (document.querySelector('[data-testid="encoder-token"]')?.textContent ?? '') !== '');
}
