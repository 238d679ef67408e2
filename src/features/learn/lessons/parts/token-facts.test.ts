import { describe, expect, it } from 'vitest';
import { inspectToken } from '../../../../core/inspect-token';
import { LEARN_EXAMPLE_TOKEN } from '../../example-token';
import { formatLifetime, readTokenFacts } from './token-facts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jws = (header: unknown, payload: unknown) => `${b64(header)}.${b64(payload)}.c2ln`;

describe('readTokenFacts', () => {
  it('reads the example token: three segments, its alg, its header text and its lifetime', () => {
    const facts = readTokenFacts(inspectToken(LEARN_EXAMPLE_TOKEN));
    expect(facts.kind).toBe('jws');
    expect(facts.segments.map((segment) => segment.name)).toEqual(['header', 'payload', 'signature']);
    expect(facts.segments.map((segment) => segment.text).join('.')).toBe(LEARN_EXAMPLE_TOKEN);
    expect(facts.alg).toBe('HS256');
    expect(facts.headerText).toBe('{"alg":"HS256","typ":"JWT"}');
    expect(facts.lifetimeSeconds).toBe(4_102_444_800 - 1_767_225_600);
  });

  it.each([
    ['no exp', { iat: 10 }, null],
    ['no iat', { exp: 10 }, null],
    ['exp before iat', { iat: 20, exp: 10 }, null],
    ['exp as a string', { iat: 10, exp: '70' }, null],
    ['one hour', { iat: 1000, exp: 4600 }, 3600],
  ])('lifetime with %s', (_name, payload, expected) => {
    expect(readTokenFacts(inspectToken(jws({ alg: 'HS256' }, payload))).lifetimeSeconds).toBe(expected);
  });

  it.each([
    ['an empty text', ''],
    ['two parts', 'abc.def'],
  ])('has nothing to say about %s', (_name, text) => {
    expect(readTokenFacts(inspectToken(text))).toEqual({ kind: 'none', segments: [], alg: null, headerText: null, payload: null, lifetimeSeconds: null });
  });

  it('leaves alg null when it is not a string, and never reads a member of Object.prototype', () => {
    expect(readTokenFacts(inspectToken(jws({ alg: 256 }, { sub: 'x' }))).alg).toBeNull();
    expect(readTokenFacts(inspectToken(jws({ typ: 'JWT' }, { constructor: 1 }))).lifetimeSeconds).toBeNull();
  });

  it('names the five parts of a JWE and quotes no payload', () => {
    const facts = readTokenFacts(inspectToken(`${b64({ alg: 'dir', enc: 'A128GCM' })}..aXY.Y2lwaGVy.dGFn`));
    expect(facts.kind).toBe('jwe');
    expect(facts.segments.map((segment) => segment.name)).toEqual(['header', 'encrypted-key', 'iv', 'ciphertext', 'tag']);
    expect(facts.alg).toBe('dir');
    expect(facts.payload).toBeNull();
  });
});

describe('formatLifetime', () => {
  it.each([
    ['en', 59 * 60, '59 minutes'],
    ['en', 3600, '1 hour'],
    ['en', 3600 + 59 * 60, '1 hour'],
    ['en', 14 * 86_400, '14 days'],
    ['en', 4_102_444_800 - 1_767_225_600, '74 years'],
    ['en', 1, '1 second'],
    ['ko', 59 * 60, '59분'],
    ['ko', 2 * 3600, '2시간'],
  ] as const)('%s, %i seconds: %s', (locale, seconds, expected) => {
    expect(formatLifetime(locale, seconds)).toBe(expected);
  });
});
