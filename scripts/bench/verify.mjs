// Benchmark section: signature verification (issue 3, "Done when"): the time from putting a key
// into `key-input` until `verify-status` settles to `valid`, per algorithm, and with a JWKS of 100
// keys. Timings are taken inside the page with performance.now() from the input event that puts the
// key in (as Playwright's fill() makes), so Node's round trips are not counted.
import { constants, createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { formatMs, median, printTable, range } from './lib.mjs';
import { pageRecordLongTasks, pageSetInput } from './page.mjs';

export const name = 'verify';

/** A key typed → the verdict painted: 16 ms (one frame) once the verifier is loaded, 50 ms for the first key of a page. */
const GOAL_MS = 16;
const COLD_GOAL_MS = 50;
const JWKS_SIZE = 100;
/** The key details list at most this many JWKS members (plus the one that verified). */
const LISTED_MEMBERS = 12;

const b64u = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A compact JWS signed with Node's crypto (JOSE's raw r||s form for ECDSA). */
function signJws(header, payload, alg, key) {
  const input = `${b64u(header)}.${b64u(payload)}`;
  let signature;
  if (alg.startsWith('HS')) signature = createHmac(`sha${alg.slice(2)}`, key).update(input).digest();
  else if (alg === 'EdDSA') signature = sign(null, Buffer.from(input), key);
  else if (alg.startsWith('ES')) signature = sign(`sha${alg.slice(2)}`, Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  else if (alg.startsWith('PS')) signature = sign(`sha${alg.slice(2)}`, Buffer.from(input), { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 });
  else signature = sign(`sha${alg.slice(2)}`, Buffer.from(input), key);
  return `${input}.${signature.toString('base64url')}`;
}

const payload = (marker) => ({ iss: 'https://issuer.example', sub: 'bench-user', aud: 'jwt-inspector-bench', iat: 1767225600, exp: 4102444800, marker });
const spkiPem = (key) => key.export({ type: 'spki', format: 'pem' });

/**
 * A JWKS of `size` public keys whose last member signs; the others are `filler()` JWKs. Members
 * carry kid and alg as issuers publish them.
 */
function jwksOf(size, alg, signer, filler) {
  const keys = [];
  for (let i = 0; i < size - 1; i += 1) keys.push({ ...filler(i), use: 'sig', alg, kid: `bench-key-${i + 1}` });
  keys.push({ ...signer.publicKey.export({ format: 'jwk' }), use: 'sig', alg, kid: `bench-key-${size}` });
  return JSON.stringify({ keys }, null, 2);
}

/**
 * An RSA public JWK with a random 2048-bit odd modulus: imports and verifies (and fails to verify)
 * exactly as a real one does, without generating 99 RSA key pairs (≈ 20 s on 2 cores).
 */
function syntheticRsaJwk() {
  const n = randomBytes(256);
  n[0] |= 0x80;
  n[255] |= 0x01;
  return { kty: 'RSA', n: n.toString('base64url'), e: 'AQAB' };
}

/** The cases: key material made fresh each run. */
function makeCases() {
  const secret = 'bench-verify-secret-0123456789abcdef';
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ed = generateKeyPairSync('ed25519');
  const single = [
    { key: 'hs256', label: 'HS256', keyLabel: 'secret (UTF-8)', alg: 'HS256', signer: secret, keyText: secret },
    { key: 'rs256', label: 'RS256 (2048)', keyLabel: 'PEM SPKI', alg: 'RS256', signer: rsa.privateKey, keyText: spkiPem(rsa.publicKey) },
    { key: 'es256', label: 'ES256', keyLabel: 'PEM SPKI', alg: 'ES256', signer: ec.privateKey, keyText: spkiPem(ec.publicKey) },
    { key: 'eddsa', label: 'EdDSA (Ed25519)', keyLabel: 'PEM SPKI', alg: 'EdDSA', signer: ed.privateKey, keyText: spkiPem(ed.publicKey) },
  ].map((c) => ({
    ...c,
    marker: `bench-verify-${c.key}`,
    token: signJws({ alg: c.alg, typ: 'JWT' }, payload(`bench-verify-${c.key}`), c.alg, c.signer),
    cold: true,
  }));

  const rsaJwks = jwksOf(JWKS_SIZE, 'RS256', rsa, syntheticRsaJwk);
  const ecJwks = jwksOf(JWKS_SIZE, 'ES256', ec, () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }));
  const lastKid = `bench-key-${JWKS_SIZE}`;
  const jwks = [
    { key: 'jwks-rsa-kid', label: `RS256, kid selects the last`, keyLabel: `JWKS of ${JWKS_SIZE} RSA-2048`, alg: 'RS256', signer: rsa.privateKey, keyText: rsaJwks, kid: lastKid },
    { key: 'jwks-rsa-all', label: `RS256, no kid: all tried`, keyLabel: `JWKS of ${JWKS_SIZE} RSA-2048`, alg: 'RS256', signer: rsa.privateKey, keyText: rsaJwks },
    { key: 'jwks-ec-kid', label: `ES256, kid selects the last`, keyLabel: `JWKS of ${JWKS_SIZE} EC P-256`, alg: 'ES256', signer: ec.privateKey, keyText: ecJwks, kid: lastKid },
    { key: 'jwks-ec-all', label: `ES256, no kid: all tried`, keyLabel: `JWKS of ${JWKS_SIZE} EC P-256`, alg: 'ES256', signer: ec.privateKey, keyText: ecJwks },
  ].map((c) => {
    const header = c.kid ? { alg: c.alg, typ: 'JWT', kid: c.kid } : { alg: c.alg, typ: 'JWT' };
    return { ...c, marker: `bench-verify-${c.key}`, token: signJws(header, payload(`bench-verify-${c.key}`), c.alg, c.signer), cold: false, members: LISTED_MEMBERS };
  });
  return [...single, ...jwks];
}

/**
 * In the page: puts `key` into key-input (one input event) and waits until verify-status settles
 * (anything but pending / no-key), and, for a JWKS, until its `members` key summaries are listed;
 * then one animation frame and a task (≈ painted). Times are from the input event.
 */
async function pageMeasureKey({ key, members, timeoutMs }) {
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await settle();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const el = document.querySelector('[data-testid="key-input"]');
  if (!el) return { error: 'no key-input' };
  const status = () => {
    const value = document.querySelector('[data-testid="verify-status"]')?.getAttribute('data-status') ?? null;
    return value === 'pending' || value === 'no-key' ? null : value;
  };
  const listed = () => !members || document.querySelectorAll('[data-testid="jwk-summary"]').length >= members;
  if (status() !== null) return { error: `verify-status was already ${status()} before the key` };

  el.focus();
  const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
  const t0 = performance.now();
  setValue.call(el, key);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: key }));

  let settled = null;
  let finalStatus = null;
  let detailsAt = null;
  const done = await new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      if (settled === null && status() !== null) {
        settled = now;
        finalStatus = status();
      }
      if (detailsAt === null && listed()) detailsAt = now;
      if (settled !== null && detailsAt !== null) {
        clearTimeout(timer);
        observer.disconnect();
        resolve(true);
      }
    };
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, timeoutMs);
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  });
  const reason = document.querySelector('[data-testid="verify-reason"]')?.getAttribute('data-reason') ?? null;
  const text = document.querySelector('[data-testid="verify-status"]')?.textContent ?? '';
  if (!done) {
    return { error: `not settled within ${timeoutMs} ms (status ${finalStatus ?? 'pending'}${members ? `, ${document.querySelectorAll('[data-testid="jwk-summary"]').length} members listed` : ''})` };
  }
  await settle();
  const tFrame = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = window.__benchVerify.longTasks.filter((t) => t.start + t.duration > t0 && t.start < tFrame);
  return {
    status: finalStatus,
    reason,
    text,
    settled: settled - t0,
    details: members ? detailsAt - t0 : null,
    painted: tFrame - t0,
    longestTask: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
  };
}

async function openDecoder(ctx) {
  const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(pageRecordLongTasks, '__benchVerify');
  const page = await context.newPage();
  await page.goto(ctx.baseUrl, { waitUntil: 'load' });
  await page.getByTestId('key-input').waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  return { context, page };
}

/** Empties the key (status `no-key`), then puts the case's token in and waits until it is decoded. */
async function prepare(page, c) {
  await page.evaluate(pageSetInput, { testId: 'key-input', text: '' });
  await page.evaluate(pageSetInput, { testId: 'token-input', text: c.token });
  await page.waitForFunction((marker) => document.querySelector('[data-testid="payload-json"]')?.textContent?.includes(marker) === true, c.marker, { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="verify-status"]')?.getAttribute('data-status') === 'no-key', null, { timeout: 10_000 });
}

let measurements = 0;

/**
 * The case's key text, made unique for each measurement by trailing line breaks (which PEM and JSON
 * ignore): the app keeps the details of the last key it read, and an identical text would reuse them.
 * A secret is used as it is (its whitespace would be part of it); its details are trivial.
 */
function keyTextFor(c) {
  measurements += 1;
  return c.key === 'hs256' ? c.keyText : `${c.keyText.trimEnd()}${'\n'.repeat(1 + (measurements % 5))}`;
}

async function measure(page, c) {
  await prepare(page, c);
  return page.evaluate(pageMeasureKey, { key: keyTextFor(c), members: c.members ?? 0, timeoutMs: 30_000 });
}

async function oneRound(ctx, cases, round) {
  const cold = {};
  // The first key a fresh page gets: the verifier, its texts and the key reader load on it.
  for (const c of cases.filter((x) => x.cold)) {
    const { context, page } = await openDecoder(ctx);
    try {
      cold[c.key] = await measure(page, c);
    } finally {
      await context.close();
    }
  }
  const warm = {};
  const { context, page } = await openDecoder(ctx);
  try {
    // Warm up: one key of each kind (and the key details) before measuring.
    for (const c of cases) {
      await prepare(page, c);
      await page.evaluate(pageSetInput, { testId: 'key-input', text: c.keyText });
      await page.waitForFunction(() => !['pending', 'no-key'].includes(document.querySelector('[data-testid="verify-status"]')?.getAttribute('data-status') ?? ''), null, { timeout: 30_000 });
    }
    await page.waitForLoadState('networkidle');
    // Rotate the order each round, so no case always follows the same one.
    const order = cases.map((_, i) => cases[(i + round) % cases.length]);
    for (const c of order) warm[c.key] = await measure(page, c);
  } finally {
    await context.close();
  }
  return { cold, warm };
}

const meets = (value, goal = GOAL_MS) => (value === null ? 'n/a' : value <= goal ? 'yes' : 'NO');

function spread(values) {
  const r = range(values);
  return r ? `${formatMs(r[0])} – ${formatMs(r[1])}` : 'n/a';
}

export async function run(ctx) {
  ctx.log('  verify: making keys');
  const cases = makeCases();
  const rounds = [];
  for (let i = 0; i < ctx.rounds; i += 1) {
    ctx.log(`  verify round ${i + 1}/${ctx.rounds}`);
    rounds.push(await oneRound(ctx, cases, i));
  }

  const problems = new Set();
  const pick = (kind, c, field) =>
    rounds.map((r) => {
      const res = r[kind][c.key];
      if (!res) return null;
      if (res.error) {
        problems.add(`${c.label} (${kind}): ${res.error}`);
        return null;
      }
      if (res.status !== 'valid') {
        problems.add(`${c.label} (${kind}): settled to ${res.status}${res.reason ? ` (${res.reason})` : ''}, not valid: “${res.text}”`);
        return null;
      }
      return res[field];
    });

  const singleRows = cases
    .filter((c) => c.cold)
    .map((c) => {
      const warm = pick('warm', c, 'settled');
      const warmPainted = pick('warm', c, 'painted');
      const coldPainted = pick('cold', c, 'painted');
      return [
        c.label,
        c.keyLabel,
        formatMs(median(warm)),
        formatMs(median(warmPainted)),
        spread(warmPainted),
        `≤ ${GOAL_MS} ms`,
        meets(median(warmPainted)),
        formatMs(median(coldPainted)),
        `≤ ${COLD_GOAL_MS} ms`,
        meets(median(coldPainted), COLD_GOAL_MS),
        formatMs(median(pick('warm', c, 'longestTask'))),
      ];
    });
  printTable(
    `(f) Key put into key-input until verify-status settles to valid (median of ${ctx.rounds} rounds, fresh page each)`,
    ['token', 'key', '>settled', '>painted', '>range (painted)', '>goal', 'meets', '>1st key painted', '>goal', 'meets', '>longest task'],
    singleRows,
    [
      '"settled" = verify-status reads valid in the DOM, with the verifier already loaded (a key of each kind went first on the page).',
      '"painted" = settled, then one animation frame and a task. "1st key" = the first key a freshly loaded page gets, after',
      '  its token was painted (one fresh browser context per figure): the verifier is fetched when the page is idle after the token.',
      '"longest task" = the longest main-thread task between the key input and the paint (0 = none over 50 ms).',
    ],
  );

  const jwksRows = cases
    .filter((c) => !c.cold)
    .map((c) => {
      const settled = pick('warm', c, 'settled');
      const details = pick('warm', c, 'details');
      return [
        c.keyLabel,
        c.label,
        formatMs(median(settled)),
        spread(settled),
        `< ${GOAL_MS} ms`,
        meets(median(settled)),
        formatMs(median(details)),
        meets(median(details)),
        formatMs(median(pick('warm', c, 'longestTask'))),
      ];
    });
  printTable(
    `(g) A JWKS of ${JWKS_SIZE} keys (about ${Math.round(cases.find((c) => c.key === 'jwks-rsa-kid').keyText.length / 1000)} KB RSA / ${Math.round(cases.find((c) => c.key === 'jwks-ec-kid').keyText.length / 1000)} KB EC): key input until valid, and until its members are listed (median of ${ctx.rounds} rounds)`,
    ['key', 'token', '>valid', '>range', '>goal', 'meets', '>members listed', 'meets', '>longest task'],
    jwksRows,
    [
      'The signing key is the last member. "all tried": the token has no kid, so every member fitting the algorithm is tried in turn.',
      `"members listed" = the first ${LISTED_MEMBERS} jwk-summary entries (with RFC 7638 thumbprints) are in the DOM (the list shows ${LISTED_MEMBERS} and the one that verified).`,
      `The RSA set's other ${JWKS_SIZE - 1} members have random 2048-bit moduli: they import and fail to verify as real keys do.`,
      ...[...problems].map((p) => `problem: ${p}`),
    ],
  );
}
