import { createHmac, randomBytes } from 'node:crypto';
import passwords from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditTarget, Scanner } from '../../../core/audit/audit-target';
import { decodedFormsOf, type AuditEncoding } from '../../../core/audit/candidates';
import type { HmacAlg } from '../../../core/audit/hmac-alg';
import { createJsScanner } from '../../../core/audit/js-scanner';
import { compileKernel, createWasmScanner, WasmKernel } from '../../../core/audit/wasm-scanner';
import { readLines, runAuditJob, type AuditJob, type JobEvent } from './audit-job';
import { commonCandidates, famousCandidates } from './builtin-dictionary';

// The whole audit as the worker runs it, with the real built-in lists (issue 5, "Done when"): it
// finds the famous secrets and entries of the common-password list as HS256, HS384 and HS512
// secrets, in each form an entry can take: its UTF-8 bytes, and the bytes it decodes to as
// base64, base64url or hex (a secret configured encoded, e.g. JJWT's Decoders.BASE64).

const NODE: Record<HmacAlg, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
const ALGS: HmacAlg[] = ['HS256', 'HS384', 'HS512'];
const SIGNING_INPUT = new TextEncoder().encode(
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
);

/** The key bytes an entry stands for in one form. */
function keyOf(entry: string, encoding: AuditEncoding): Buffer {
  return encoding === 'utf8' ? Buffer.from(entry, 'utf8') : Buffer.from(entry, encoding === 'hex' ? 'hex' : 'base64');
}

function targetFor(alg: HmacAlg, key: Uint8Array): AuditTarget {
  return { alg, signingInput: SIGNING_INPUT, signature: new Uint8Array(createHmac(NODE[alg], key).update(SIGNING_INPUT).digest()) };
}

let kernel: WasmKernel;
beforeAll(async () => {
  kernel = await WasmKernel.create(await compileKernel());
});

async function audit(target: AuditTarget, engine: 'js' | 'wasm', job: Partial<AuditJob> = {}, cancelAfter = Infinity): Promise<JobEvent[]> {
  const events: JobEvent[] = [];
  let pauses = 0;
  await runAuditJob(
    { runId: 1, target, part: 0, parts: 1, builtin: true, wordlist: null, ...job },
    {
      createScanner: (t): Promise<Scanner> => Promise.resolve(engine === 'js' ? createJsScanner(t) : createWasmScanner(kernel, t)),
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
      isCancelled: () => pauses >= cancelAfter,
      emit: (event) => events.push(event),
      now: () => performance.now(),
      sliceMs: 50,
    },
  );
  return events;
}

const last = (events: JobEvent[]) => events[events.length - 1];

/** A deterministic pick of `count` entries of the common list that have the given form. */
function pick(encoding: AuditEncoding, count: number, seed: number): string[] {
  const code = ['utf8', 'base64', 'base64url', 'hex'].indexOf(encoding);
  const pool = passwords.filter((entry) => encoding === 'utf8' || (decodedFormsOf(entry) & (1 << code)) !== 0);
  return Array.from({ length: count }, (_, i) => pool[(seed * 7919 + i * 104729) % pool.length]!);
}

const FAMOUS_CASES: [string, AuditEncoding][] = [
  ['secret', 'utf8'],
  ['secret', 'base64'],
  ['your-256-bit-secret', 'utf8'],
  ['your-256-bit-secret', 'base64url'],
  ['shhhhh', 'utf8'],
  ['shhhhh', 'base64'],
  ['09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7', 'hex'],
];

const COMMON_CASES: [string, AuditEncoding][] = [
  ...pick('utf8', 4, 1).map((entry) => [entry, 'utf8'] as [string, AuditEncoding]),
  ...pick('base64', 2, 2).map((entry) => [entry, 'base64'] as [string, AuditEncoding]),
  ...pick('base64url', 2, 3).map((entry) => [entry, 'base64url'] as [string, AuditEncoding]),
  ...pick('hex', 2, 4).map((entry) => [entry, 'hex'] as [string, AuditEncoding]),
];

describe.each(ALGS)('the built-in audit finds %s secrets', (alg) => {
  it.each(FAMOUS_CASES)('famous %j as %s', async (entry, encoding) => {
    const events = await audit(targetFor(alg, keyOf(entry, encoding)), 'wasm');
    const end = last(events);
    expect(end?.type).toBe('hit');
    if (end?.type !== 'hit') return;
    expect(end.hit).toMatchObject({ secretText: entry, encoding, source: 'famous-defaults', alg, secretHex: keyOf(entry, encoding).toString('hex') });
    expect(end.hit.origin).toBeTruthy();
  });

  it.each(COMMON_CASES)('common-password entry %j as %s', async (entry, encoding) => {
    const events = await audit(targetFor(alg, keyOf(entry, encoding)), 'wasm');
    const end = last(events);
    expect(end?.type).toBe('hit');
    if (end?.type !== 'hit') return;
    expect(end.hit).toMatchObject({ secretText: entry, encoding, source: 'common-passwords', alg });
  });

  it('with the JS loop too (where WebAssembly is unavailable)', async () => {
    for (const [entry, encoding] of [...FAMOUS_CASES.slice(0, 3), COMMON_CASES[0]!, COMMON_CASES[9]!]) {
      const end = last(await audit(targetFor(alg, keyOf(entry, encoding)), 'js'));
      expect(end?.type === 'hit' && end.hit.secretText, `${entry} ${encoding}`).toBe(entry);
    }
  }, 60_000);
});

describe('runAuditJob', () => {
  it('the empty secret (which WebCrypto refuses) is candidate 0', async () => {
    const end = last(await audit(targetFor('HS256', new Uint8Array(0)), 'js'));
    expect(end?.type === 'hit' && end.hit).toMatchObject({ secretText: '', secretHex: '', source: 'famous-defaults', encoding: 'utf8' });
  });

  it('checks every candidate once when nothing matches, and the parts add up to the whole', async () => {
    const target = targetFor('HS256', randomBytes(32));
    const total = famousCandidates().count + (await commonCandidates()).count;
    expect(total).toBeGreaterThan(90_000);
    const whole = last(await audit(target, 'wasm'));
    expect(whole).toMatchObject({ type: 'done', checked: total, total, engine: 'wasm-simd' });
    let sum = 0;
    for (let part = 0; part < 3; part++) {
      const end = last(await audit(target, 'wasm', { part, parts: 3 }));
      expect(end?.type).toBe('done');
      if (end?.type === 'done') sum += end.checked;
    }
    expect(sum).toBe(total);
  });

  it('the secret is found by the part that holds it', async () => {
    const entry = COMMON_CASES[1]![0];
    const target = targetFor('HS256', Buffer.from(entry));
    const ends = await Promise.all([0, 1, 2].map(async (part) => last(await audit(target, 'wasm', { part, parts: 3 }))));
    expect(ends.filter((end) => end?.type === 'hit')).toHaveLength(1);
  });

  it('stops when cancelled, without a final event', async () => {
    const events = await audit(targetFor('HS512', randomBytes(64)), 'js', {}, 3);
    expect(events.every((event) => event.type === 'progress')).toBe(true);
  });
});

describe('the user wordlist', () => {
  it('is read line by line in byte ranges: each line once, whatever the split', async () => {
    const lines = ['\uFEFFfirst', 'second\r', '', 'ünïcödé', 'x'.repeat(70_000), 'after-long', 'last-without-newline'];
    const file = new Blob([lines.join('\n')]);
    const expected = ['first', 'second', 'ünïcödé', 'after-long', 'last-without-newline'];
    for (const parts of [1, 2, 3, 5, 17]) {
      const seen: string[] = [];
      for (let part = 0; part < parts; part++) {
        const start = Math.floor((file.size * part) / parts);
        const end = Math.floor((file.size * (part + 1)) / parts);
        for await (const batch of readLines(file, start, end)) seen.push(...batch.lines);
      }
      expect(seen, `${parts} parts`).toEqual(expected);
    }
  });

  it('keeps every line across stream chunks and ranges (a 400 KB file)', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `line-${i}-${'x'.repeat(i % 13)}`);
    const file = new Blob([lines.join('\r\n'), '\r\n']);
    for (const parts of [1, 3, 4]) {
      const seen: string[] = [];
      for (let part = 0; part < parts; part++) {
        const start = Math.floor((file.size * part) / parts);
        const end = Math.floor((file.size * (part + 1)) / parts);
        for await (const batch of readLines(file, start, end)) seen.push(...batch.lines);
      }
      expect(seen.length, `${parts} parts`).toBe(lines.length);
      expect(seen.every((line, i) => line === lines[i]), `${parts} parts`).toBe(true);
    }
  });

  it.each(ALGS)('%s: finds a random key given in the file as base64, base64url or hex', async (alg) => {
    for (const encoding of ['base64', 'base64url', 'hex'] as const) {
      let key = randomBytes(32);
      // base64url only differs from base64 when the text has - or _.
      while (encoding === 'base64url' && !/[-_]/.test(key.toString('base64url'))) key = randomBytes(32);
      const text = key.toString(encoding);
      const file = new File([`decoy one\n${randomBytes(16).toString('hex')}\n  ${text}  \r\nanother decoy\n`], 'my-list.txt');
      const end = last(await audit(targetFor(alg, key), 'wasm', { builtin: false, wordlist: { file, name: 'my-list.txt', start: 0, end: file.size } }));
      expect(end?.type).toBe('hit');
      if (end?.type !== 'hit') return;
      expect(end.hit).toMatchObject({ secretText: text, encoding, secretHex: key.toString('hex'), source: 'user-wordlist', origin: 'my-list.txt' });
    }
  });

  it('reports the bytes read and every line checked when nothing matches', async () => {
    const file = new File([Array.from({ length: 20_000 }, (_, i) => `word${i}`).join('\n')], 'big.txt');
    const end = last(await audit(targetFor('HS256', randomBytes(32)), 'wasm', { builtin: false, wordlist: { file, name: 'big.txt', start: 0, end: file.size } }));
    expect(end).toMatchObject({ type: 'done', bytesRead: file.size, bytes: file.size });
    expect(end?.type === 'done' && end.checked).toBeGreaterThanOrEqual(20_000);
  });
});
