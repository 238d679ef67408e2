import { execFileSync, spawnSync } from 'node:child_process';
import { constants, createHash, createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeHex } from '../../../core/encoding/hex';
import { inspectToken } from '../../../core/inspect-token';
import type { SignatureStepId } from '../../../core/learn/signature-walk';
import { walkTokenSignature } from '../../../core/learn/walk/walk-token-signature';
import { showStepCode, type CodeKey } from './show-code';

// The generated programs are run here and their output compared with every step of the walk for the
// same token and key, and those steps with values computed independently with node:crypto and BigInt,
// so "show code" prints what the walk shows.

const b64 = (data: string | Buffer) => Buffer.from(data).toString('base64url');

function jws(alg: string, sigBytes: (input: Buffer) => Buffer, kid?: string): { token: string; input: Buffer; signature: Buffer } {
  const input = Buffer.from(`${b64(JSON.stringify({ alg, typ: 'JWT', ...(kid === undefined ? {} : { kid }) }))}.${b64(JSON.stringify({ sub: 'learner', name: '김하나' }))}`, 'ascii');
  const signature = sigBytes(input);
  return { token: `${input.toString('ascii')}.${signature.toString('base64url')}`, input, signature };
}

function hmacSteps(hash: string, block: number, key: Buffer, input: Buffer): Map<SignatureStepId, string> {
  const kPrime = Buffer.alloc(block);
  (key.length > block ? createHash(hash).update(key).digest() : key).copy(kPrime);
  const inner = Buffer.from(kPrime.map((b) => b ^ 0x36));
  const outer = Buffer.from(kPrime.map((b) => b ^ 0x5c));
  const innerHash = createHash(hash).update(inner).update(input).digest();
  return new Map<SignatureStepId, string>([
    ['key', key.toString('hex')],
    ['k-prime', kPrime.toString('hex')],
    ['inner-key', inner.toString('hex')],
    ['inner-hash', innerHash.toString('hex')],
    ['outer-key', outer.toString('hex')],
    ['mac', createHmac(hash, key).update(input).digest('hex')],
  ]);
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

const toBig = (bytes: Buffer) => BigInt(`0x${bytes.toString('hex') || '0'}`);

function rsaEm(publicKey: KeyObject, signature: Buffer): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  const n = toBig(Buffer.from(jwk.n ?? '', 'base64url'));
  const e = toBig(Buffer.from(jwk.e ?? '', 'base64url'));
  const k = Buffer.from(jwk.n ?? '', 'base64url').length;
  return Buffer.from(modPow(toBig(signature), e, n).toString(16).padStart(k * 2, '0'), 'hex');
}

function pssSteps(hash: string, hLen: number, em: Buffer, modBits: number, digest: Buffer): Map<SignatureStepId, string> {
  const emLen = Math.ceil((modBits - 1) / 8);
  const tail = em.subarray(em.length - emLen);
  const maskedDb = tail.subarray(0, emLen - hLen - 1);
  const h = tail.subarray(emLen - hLen - 1, emLen - 1);
  const mask = Buffer.concat(
    Array.from({ length: Math.ceil(maskedDb.length / hLen) }, (_, c) => {
      const counter = Buffer.alloc(4);
      counter.writeUInt32BE(c);
      return createHash(hash).update(h).update(counter).digest();
    }),
  ).subarray(0, maskedDb.length);
  const db = Buffer.from(maskedDb.map((b, i) => b ^ (mask[i] ?? 0)));
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - (modBits - 1)));
  const salt = db.subarray(db.length - hLen);
  const mPrime = Buffer.concat([Buffer.alloc(8), digest, salt]);
  return new Map<SignatureStepId, string>([
    ['masked-db', maskedDb.toString('hex')],
    ['h', h.toString('hex')],
    ['db-mask', mask.toString('hex')],
    ['db', db.toString('hex')],
    ['salt', salt.toString('hex')],
    ['m-prime', mPrime.toString('hex')],
    ['h-prime', createHash(hash).update(mPrime).digest('hex')],
  ]);
}

interface Case {
  name: string;
  alg: string;
  token: string;
  key: CodeKey;
  expected: Map<SignatureStepId, string>;
  secret: boolean;
}

function commonSteps(input: Buffer, signature: Buffer): [SignatureStepId, string][] {
  return [
    ['signing-input', input.toString('hex')],
    ['signature', signature.toString('hex')],
  ];
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  const secret = 'learn-jwt-byte-by-byte';
  const hs256 = jws('HS256', (input) => createHmac('sha256', secret).update(input).digest());
  cases.push({
    name: 'HS256, UTF-8 secret',
    alg: 'HS256',
    token: hs256.token,
    key: { text: secret, secretEncoding: 'utf8' },
    expected: new Map([...commonSteps(hs256.input, hs256.signature), ...hmacSteps('sha256', 64, Buffer.from(secret), hs256.input)]),
    secret: true,
  });
  const longKey = Buffer.from(Array.from({ length: 150 }, (_, i) => (i * 7 + 3) % 256));
  const hs512 = jws('HS512', (input) => createHmac('sha512', longKey).update(input).digest());
  cases.push({
    name: 'HS512, a hex key longer than the block',
    alg: 'HS512',
    token: hs512.token,
    key: { text: ` 0x${longKey.toString('hex').toUpperCase()}\n`, secretEncoding: 'hex' },
    expected: new Map([...commonSteps(hs512.input, hs512.signature), ...hmacSteps('sha512', 128, longKey, hs512.input)]),
    secret: true,
  });

  const standardKey = Buffer.from(Array.from({ length: 40 }, (_, i) => (i * 53 + 251) % 256));
  const hs384 = jws('HS384', (input) => createHmac('sha384', standardKey).update(input).digest());
  cases.push({
    name: 'HS384, a padded standard base64 key',
    alg: 'HS384',
    token: hs384.token,
    key: { text: standardKey.toString('base64'), secretEncoding: 'base64' },
    expected: new Map([...commonSteps(hs384.input, hs384.signature), ...hmacSteps('sha384', 128, standardKey, hs384.input)]),
    secret: true,
  });

  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const rs256 = jws('RS256', (input) => sign('sha256', input, rsa.privateKey));
  const rsEm = rsaEm(rsa.publicKey, rs256.signature);
  const rsDigest = createHash('sha256').update(rs256.input).digest();
  const rsExpected = new Map<SignatureStepId, string>([
    ...commonSteps(rs256.input, rs256.signature),
    ['em', rsEm.toString('hex')],
    ['digest-info', `3031300d060960864801650304020105000420${rsDigest.toString('hex')}`],
    ['digest', rsDigest.toString('hex')],
  ]);
  cases.push({
    name: 'RS256, PEM SPKI',
    alg: 'RS256',
    token: rs256.token,
    key: { text: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(), secretEncoding: 'utf8' },
    expected: rsExpected,
    secret: false,
  });
  cases.push({
    name: 'RS256, JWK',
    alg: 'RS256',
    token: rs256.token,
    key: { text: JSON.stringify(rsa.publicKey.export({ format: 'jwk' })), secretEncoding: 'utf8' },
    expected: rsExpected,
    secret: false,
  });

  // 1025 bits (Node rounds larger odd sizes down): EM is one byte shorter than the modulus, the case where emLen ≠ k.
  const odd = generateKeyPairSync('rsa', { modulusLength: 1025 });
  const ps256 = jws('PS256', (input) => sign('sha256', input, { key: odd.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }));
  const psEm = rsaEm(odd.publicKey, ps256.signature);
  const psDigest = createHash('sha256').update(ps256.input).digest();
  cases.push({
    name: 'PS256, 1025-bit modulus, private key pasted',
    alg: 'PS256',
    token: ps256.token,
    key: { text: odd.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), secretEncoding: 'utf8' },
    expected: new Map([
      ...commonSteps(ps256.input, ps256.signature),
      ['em', psEm.subarray(psEm.length - Math.ceil(((odd.publicKey.asymmetricKeyDetails?.modulusLength ?? 0) - 1) / 8)).toString('hex')],
      ['digest', psDigest.toString('hex')],
      ...pssSteps('sha256', 32, psEm, odd.publicKey.asymmetricKeyDetails?.modulusLength ?? 0, psDigest),
    ]),
    secret: true,
  });

  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const es256 = jws('ES256', (input) => sign('sha256', input, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }), 'signer');
  cases.push({
    name: 'ES256, a JWK Set whose second key has the header kid',
    alg: 'ES256',
    token: es256.token,
    key: {
      text: JSON.stringify({
        keys: [
          { ...generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' }), kid: 'other' },
          { ...ec.publicKey.export({ format: 'jwk' }), kid: 'signer' },
        ],
      }),
      secretEncoding: 'utf8',
    },
    expected: new Map([
      ...commonSteps(es256.input, es256.signature),
      ['r', es256.signature.subarray(0, 32).toString('hex')],
      ['s', es256.signature.subarray(32).toString('hex')],
      ['digest', createHash('sha256').update(es256.input).digest('hex')],
    ]),
    secret: false,
  });

  for (const [alg, curve, hash, half] of [
    ['ES384', 'P-384', 'sha384', 48],
    ['ES512', 'P-521', 'sha512', 66],
  ] as const) {
    const pair = generateKeyPairSync('ec', { namedCurve: curve });
    const signed = jws(alg, (input) => sign(hash, input, { key: pair.privateKey, dsaEncoding: 'ieee-p1363' }));
    cases.push({
      name: `${alg}, PEM SPKI`,
      alg,
      token: signed.token,
      key: { text: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(), secretEncoding: 'utf8' },
      expected: new Map([
        ...commonSteps(signed.input, signed.signature),
        ['r', signed.signature.subarray(0, half).toString('hex')],
        ['s', signed.signature.subarray(half).toString('hex')],
        ['digest', createHash(hash).update(signed.input).digest('hex')],
      ]),
      secret: false,
    });
  }

  const ed = generateKeyPairSync('ed25519');
  const eddsa = jws('EdDSA', (input) => sign(null, input, ed.privateKey));
  cases.push({
    name: 'EdDSA, PEM SPKI',
    alg: 'EdDSA',
    token: eddsa.token,
    key: { text: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString(), secretEncoding: 'utf8' },
    expected: new Map([
      ...commonSteps(eddsa.input, eddsa.signature),
      ['r', eddsa.signature.subarray(0, 32).toString('hex')],
      ['s', eddsa.signature.subarray(32).toString('hex')],
    ]),
    secret: false,
  });
  return cases;
}

const CASES = buildCases();

function walkedSteps({ token, key }: Case): Map<SignatureStepId, string> {
  const walk = walkTokenSignature(inspectToken(token), key.text, key.secretEncoding);
  if (!walk.ok) throw new Error(`the walk refused the case: ${walk.error.code}`);
  return new Map(walk.steps.map((step) => [step.id, encodeHex(step.bytes)]));
}

const rows = CASES.flatMap((row) => [...walkedSteps(row)].map(([step, hex]) => ({ ...row, step, hex })));

const work = mkdtempSync(join(tmpdir(), 'show-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const has = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasOpenssl = has('openssl', ['version']) && has('xxd', ['-v']) && has('bash', ['--version']);
const hasPython = has('python3', ['-c', 'import cryptography']);

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** What one program printed (trimmed), or the error it stopped with. */
type Printed = { out: string } | { error: string };

// Every Node or Python program of the rows runs in one process per language, each in a scope of its
// own (a new function with its own console; exec with fresh globals), so a program that uses what it
// does not import or define still fails. A process per program took ~70 s of the unit run here.
const NODE_RUNNER = `
const { createRequire } = require('node:module');
const { format } = require('node:util');
const programs = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(programs.map((program) => {
  const lines = [];
  try {
    new Function('require', 'console', program)(createRequire(process.cwd() + '/'), { log: (...args) => lines.push(format(...args)) });
    return { out: lines.join('\\n').trim() };
  } catch (error) {
    return { error: String(error) };
  }
})));
`;
const PYTHON_RUNNER = `
import contextlib, io, json, sys
results = []
for program in json.load(sys.stdin):
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(program, '<program>', 'exec'), {'__name__': '__main__'})
        results.append({'out': printed.getvalue().strip()})
    except Exception as error:
        results.append({'error': repr(error)})
sys.stdout.write(json.dumps(results))
`;

function runEach(command: string, runner: string, programs: readonly string[]): Printed[] {
  const flag = command === 'python3' ? '-c' : '-e';
  return JSON.parse(execFileSync(command, [flag, runner], { cwd: work, encoding: 'utf8', input: JSON.stringify(programs), maxBuffer: 1 << 26 })) as Printed[];
}

const printedBy = new Map<'node' | 'python', Printed[]>();

/** What the `language` program of `rows[index]` printed; the first call runs them all. */
function printedOf(language: 'node' | 'python', index: number): Printed | undefined {
  let printed = printedBy.get(language);
  if (!printed) {
    const programs = rows.map(({ alg, step, token, key }) => showStepCode(alg, step, token, key)?.[language] ?? '');
    printed = language === 'node' ? runEach(process.execPath, NODE_RUNNER, programs) : runEach('python3', PYTHON_RUNNER, programs);
    printedBy.set(language, printed);
  }
  return printed[index];
}

const indexedRows = rows.map((row, index) => ({ ...row, index }));

describe('showStepCode', () => {
  it.each(CASES)('$name: the walk agrees with node:crypto on every step computed here', (row) => {
    const walked = walkedSteps(row);
    for (const [step, hex] of row.expected) expect([step, walked.get(step)]).toEqual([step, hex]);
  });

  it.each(indexedRows)('$name: the Node program prints $step', ({ index, hex }) => {
    expect(printedOf('node', index)).toEqual({ out: hex });
  });

  it.runIf(hasOpenssl).each(rows)('$name: the openssl script prints $step', ({ alg, step, token, key, hex }) => {
    const code = showStepCode(alg, step, token, key);
    const out = run('bash', ['-c', code?.openssl ?? '']);
    expect(step === 'recomputed' ? /Verified (OK|Successfully)/i.test(out) : out).toBe(step === 'recomputed' ? true : hex);
  });

  it.runIf(hasPython).each(indexedRows)('$name: the Python program prints $step', ({ index, hex }) => {
    expect(printedOf('python', index)).toEqual({ out: hex });
  });

  it.each(CASES)('$name: says whether the programs hold a secret', ({ alg, token, key, secret }) => {
    expect(showStepCode(alg, 'signing-input', token, key)?.containsSecret).toBe(secret);
  });

  it.each([
    ['none', 'signing-input'],
    ['RSA-OAEP', 'signing-input'],
    ['HS256', 'em'],
    ['RS256', 'salt'],
  ] as const)('gives nothing for alg %s, step %s', (alg, step) => {
    expect(showStepCode(alg, step, CASES[0]?.token ?? '', { text: 'k', secretEncoding: 'utf8' })).toBeNull();
  });

  it('quotes a secret with quotes and a newline so every program reads it unchanged', () => {
    const secret = `it's "quoted"\n$HOME \\ end`;
    const { token, input } = jws('HS256', (data) => createHmac('sha256', secret).update(data).digest());
    const code = showStepCode('HS256', 'mac', token, { text: secret, secretEncoding: 'utf8' });
    const mac = createHmac('sha256', secret).update(input).digest('hex');
    expect(run(process.execPath, ['-e', code?.node ?? ''])).toBe(mac);
    if (hasOpenssl) expect(run('bash', ['-c', code?.openssl ?? ''])).toBe(mac);
    if (hasPython) expect(run('python3', ['-c', code?.python ?? ''])).toBe(mac);
  });
});
