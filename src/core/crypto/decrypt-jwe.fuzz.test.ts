import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { isRuleFailure } from '../findings/finding';
import { readKeyInput, runSecurityRules } from '../findings/run-security-rules';
import type { SecretEncoding } from '../keys/decode-secret';
import { base64UrlOfText, keyText, segment } from '../test-support/fuzz-arbitraries';
import { ensure, fuzzParameters, FUZZ_TIMEOUT_MS, withinTimeLimitAsync } from '../test-support/fuzz-runs';
import { decodeToken } from '../token/decode-token';
import { decryptJwe, MAX_INFLATED_BYTES } from './decrypt-jwe';
import { JWE_CONTENT_ENCRYPTION_ALGORITHMS, JWE_KEY_MANAGEMENT_ALGORITHMS } from './jwe-algorithms';
import { encryptJwe, getJweKeyPair, randomKey } from './test-support/create-jwe-fixtures';

// The JWE path on anything: random headers, parts, keys and options; real tokens cut or altered;
// iteration counts and inflated sizes far past the limits. decryptJwe must settle (never reject)
// within the fuzz time limit, and never call a token decrypted that is not the one encrypted.

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url', 'base64', 'hex'];
const PLAINTEXT = '{"sub":"fuzz","msg":"the true plaintext"}';

/** A token made with jose and the key text that decrypts it. */
interface RealToken {
  name: string;
  token: string;
  keyText: string;
  secretEncoding: SecretEncoding;
}

const real: RealToken[] = [];
/** `dir` A256GCM tokens whose `zip` content is tens of KB of DEFLATE that inflate past the cap, with their key. */
const bombs: { inflatedBytes: number; token: string; keyText: string }[] = [];

beforeAll(async () => {
  const secret = (bytes: number) => randomKey(bytes);
  const dirKey = secret(32);
  const kwKey = secret(16);
  const rsa = getJweKeyPair('rsa');
  const p256 = getJweKeyPair('P-256');
  const x25519 = getJweKeyPair('X25519');
  const password = 'correct horse – battery staple';
  real.push(
    { name: 'dir A256GCM', token: await encryptJwe(PLAINTEXT, { alg: 'dir', enc: 'A256GCM' }, dirKey), keyText: encodeBase64Url(dirKey), secretEncoding: 'base64url' },
    { name: 'dir A256GCM zip', token: await encryptJwe(PLAINTEXT.repeat(20), { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, dirKey), keyText: encodeBase64Url(dirKey), secretEncoding: 'base64url' },
    { name: 'A128KW A128CBC-HS256', token: await encryptJwe(PLAINTEXT, { alg: 'A128KW', enc: 'A128CBC-HS256' }, kwKey), keyText: JSON.stringify({ kty: 'oct', k: encodeBase64Url(kwKey) }), secretEncoding: 'utf8' },
    { name: 'A128GCMKW A256GCM', token: await encryptJwe(PLAINTEXT, { alg: 'A128GCMKW', enc: 'A256GCM' }, kwKey), keyText: encodeBase64Url(kwKey), secretEncoding: 'base64url' },
    { name: 'RSA-OAEP-256 A256GCM', token: await encryptJwe(PLAINTEXT, { alg: 'RSA-OAEP-256', enc: 'A256GCM' }, rsa.publicJwk), keyText: rsa.pkcs8Pem, secretEncoding: 'utf8' },
    { name: 'ECDH-ES+A256KW A256GCM', token: await encryptJwe(PLAINTEXT, { alg: 'ECDH-ES+A256KW', enc: 'A256GCM' }, p256.publicJwk), keyText: JSON.stringify(p256.privateJwk), secretEncoding: 'utf8' },
    { name: 'ECDH-ES X25519 A128GCM', token: await encryptJwe(PLAINTEXT, { alg: 'ECDH-ES', enc: 'A128GCM' }, x25519.publicJwk), keyText: x25519.pkcs8Pem, secretEncoding: 'utf8' },
    {
      name: 'PBES2-HS256+A128KW A128GCM',
      token: await encryptJwe(PLAINTEXT, { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' }, new TextEncoder().encode(password), { p2c: 1000 }),
      keyText: password,
      secretEncoding: 'utf8',
    },
  );
  for (const inflatedBytes of [MAX_INFLATED_BYTES + 1, 4 * MAX_INFLATED_BYTES]) {
    bombs.push({ inflatedBytes, token: await encryptJwe(new Uint8Array(inflatedBytes), { alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, dirKey), keyText: encodeBase64Url(dirKey) });
  }
}, 60_000);

const realToken = fc.integer({ min: 0, max: 7 }).map((index) => real[index % real.length] as RealToken);

/** Header values that reach every branch: each registered name, near misses, and values of the wrong type. */
const algValue = fc.oneof(fc.constantFrom(...JWE_KEY_MANAGEMENT_ALGORITHMS, 'RSA1_5', 'none', 'HS256', 'dir ', 'PBES2-HS256+A128KW'), fc.string({ maxLength: 12 }), fc.constant(null), fc.integer());
const encValue = fc.oneof(fc.constantFrom(...JWE_CONTENT_ENCRYPTION_ALGORITHMS, 'A512GCM', 'a256gcm'), fc.string({ maxLength: 12 }), fc.constant(null), fc.boolean());
const p2cValue = fc.oneof(
  fc.integer({ min: -10, max: 12_000 }),
  fc.integer({ min: 10_001, max: Number.MAX_SAFE_INTEGER }),
  fc.constantFrom(2_000_000_000, Number.MAX_SAFE_INTEGER + 2, 1e308, 0.5, -1),
  fc.constantFrom('1000', null, [], {}),
);
const epkValue = fc.oneof(
  fc.record({ kty: fc.constantFrom('EC', 'OKP', 'RSA', 'oct'), crv: fc.constantFrom('P-256', 'P-384', 'P-521', 'X25519', 'X448', 'secp256k1', ''), x: segment, y: segment }, { requiredKeys: [] }),
  fc.constantFrom(null, 'epk', 42, []),
);
const header = fc.record(
  {
    alg: algValue,
    enc: encValue,
    zip: fc.constantFrom('DEF', 'def', 'GZIP', 1, null),
    p2c: p2cValue,
    p2s: fc.oneof(segment, fc.integer()),
    epk: epkValue,
    iv: segment,
    tag: segment,
    kid: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
    crit: fc.oneof(fc.constantFrom(['b64'], ['exp'], [], 'crit'), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 })),
    cty: fc.constantFrom('JWT', 'jwt', 'json'),
  },
  { requiredKeys: [] },
);

/** Five parts (sometimes another count) under a random header, each part random bytes, text or garbage. */
const randomJwe = fc.oneof(
  { arbitrary: fc.tuple(header, fc.array(segment, { minLength: 4, maxLength: 4 })).map(([h, parts]) => [base64UrlOfText(JSON.stringify(h)), ...parts].join('.')), weight: 6 },
  { arbitrary: fc.tuple(header, fc.array(segment, { minLength: 0, maxLength: 7 })).map(([h, parts]) => [base64UrlOfText(JSON.stringify(h)), ...parts].join('.')), weight: 1 },
  { arbitrary: fc.array(segment, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('.')), weight: 1 },
);

/** Any key the box can hold, or one of the real keys (that fits another token). */
const anyKey = fc.oneof({ arbitrary: keyText(), weight: 3 }, { arbitrary: realToken.map((token) => token.keyText), weight: 1 });

/** The user's consent to a PBES2 count: none, or a count a little above the default limit (never hours of work). */
const allowPbes2Count = fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined });

/** Returns the token with one decoded byte of segment `index` changed, re-encoded (so the change is never only in padding bits). */
function flipByte(token: string, index: number, at: number, mask: number): string | null {
  const segments = token.split('.');
  const decoded = decodeBase64Url(segments[index] ?? '');
  if (!decoded.ok || decoded.bytes.length === 0) return null;
  const bytes = Uint8Array.from(decoded.bytes);
  const position = at % bytes.length;
  bytes[position] = (bytes[position] ?? 0) ^ mask;
  segments[index] = encodeBase64Url(bytes);
  return segments.join('.');
}

/** A real token cut, with a byte changed in one part, or with one of its parts swapped for another token's. */
const tamperedToken = fc.oneof(
  fc.tuple(realToken, fc.integer({ min: 0, max: 4 }), fc.nat(), fc.integer({ min: 1, max: 255 })).map(([base, index, at, mask]) => ({ base, token: flipByte(base.token, index, at, mask) })),
  fc.tuple(realToken, fc.integer({ min: 1, max: 400 })).map(([base, cut]) => ({ base, token: base.token.slice(0, Math.max(0, base.token.length - cut)) })),
  fc.tuple(realToken, realToken, fc.integer({ min: 0, max: 4 })).map(([base, other, index]) => {
    const segments = base.token.split('.');
    const replacement = other.token.split('.')[index] ?? '';
    if (segments[index] === replacement) return { base, token: null };
    segments[index] = replacement;
    return { base, token: segments.join('.') };
  }),
);

describe('decryptJwe on anything (fuzz)', () => {
  it('settles on any header, parts, key and options without throwing, within the time limit', async () => {
    await fc.assert(
      fc.asyncProperty(randomJwe, anyKey, fc.constantFrom(...ENCODINGS), allowPbes2Count, async (token, key, secretEncoding, allow) => {
        const options = allow === undefined ? { secretEncoding } : { secretEncoding, allowPbes2Count: allow };
        const result = await withinTimeLimitAsync('decryptJwe', () => decryptJwe(token, key, options));
        ensure(typeof result.status === 'string', () => `no status for ${token.slice(0, 200)}`);
        // Random parts under a random key never authenticate.
        ensure(result.status !== 'decrypted', () => `decrypted a random token: ${token.slice(0, 200)}`);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('never decrypts a real token that was cut, altered or spliced, whatever key is pasted', async () => {
    await fc.assert(
      fc.asyncProperty(tamperedToken, fc.option(anyKey, { nil: undefined }), async ({ base, token }, otherKey) => {
        fc.pre(token !== null && token !== base.token);
        const key = otherKey ?? base.keyText;
        const result = await withinTimeLimitAsync('decryptJwe', () => decryptJwe(token, key, { secretEncoding: otherKey === undefined ? base.secretEncoding : 'utf8' }));
        ensure(result.status !== 'decrypted', () => `decrypted a tampered ${base.name} token: ${token}`);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('decrypts every untouched real token with its own key (the tampering above is what fails)', async () => {
    for (const { name, token, keyText: key, secretEncoding } of real) {
      const result = await decryptJwe(token, key, { secretEncoding });
      expect(result.status, name).toBe('decrypted');
    }
  });

  it('refuses any p2c above the limit before deriving, without the password mattering', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.integer({ min: 10_001, max: Number.MAX_SAFE_INTEGER }), fc.constant(2_000_000_000)), fc.constantFrom('PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW'), fc.string(), async (p2c, alg, password) => {
        const token = [base64UrlOfText(JSON.stringify({ alg, enc: 'A128GCM', p2c, p2s: 'AAAAAAAAAAA' })), 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAA', 'AAAA', 'AAAAAAAAAAAAAAAAAAAAAA'].join('.');
        const result = await withinTimeLimitAsync('decryptJwe', () => decryptJwe(token, password, { secretEncoding: 'utf8', allowPbes2Count: 10_000 }));
        ensure(result.status === 'pbes2-count-refused' || result.status === 'unsupported', () => `p2c ${p2c} gave ${result.status}`);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);

  it('stops a DEFLATE bomb at the cap quickly: tens of KB that inflate past 10 MB read zip-too-large', async () => {
    for (const bomb of bombs) {
      expect(bomb.token.length).toBeLessThan(bomb.inflatedBytes / 200);
      const started = performance.now();
      const result = await decryptJwe(bomb.token, bomb.keyText, { secretEncoding: 'base64url' });
      const elapsed = performance.now() - started;
      expect(result.status).toBe('zip-too-large');
      // Inflation stops at the cap instead of running to the end of the bomb.
      expect(elapsed, `${bomb.inflatedBytes} bytes took ${Math.round(elapsed)} ms`).toBeLessThan(3_000);
    }
  });
});

describe('the security rules on random JWE headers, keys and decryption results (fuzz)', () => {
  it('never throw, and report no rule failure', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomJwe, tamperedToken.map(({ base, token }) => token ?? base.token), realToken.map((token) => token.token)), anyKey, fc.constantFrom(...ENCODINGS), async (token, key, secretEncoding) => {
        const decryption = await withinTimeLimitAsync('decryptJwe', () => decryptJwe(token, key, { secretEncoding }));
        const keyInput = readKeyInput(key, secretEncoding);
        const findings = runSecurityRules({ decoded: decodeToken(token), decryption, ...(keyInput ? { key: keyInput } : {}) });
        const failures = findings.filter(isRuleFailure).map((finding) => `${finding.ruleId}: ${finding.params.error}`);
        ensure(failures.length === 0, () => `rules failed on ${token.slice(0, 200)}: ${failures.join('; ')}`);
      }),
      fuzzParameters(),
    );
  }, FUZZ_TIMEOUT_MS);
});
