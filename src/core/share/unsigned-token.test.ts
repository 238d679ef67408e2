import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { REDACTED_VALUE, stripSignature } from './unsigned-token';

const segment = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
const header = segment({ alg: 'HS256', typ: 'JWT' });
const payload = segment({ sub: '1234', exp: 1_700_000_000, __proto__x: { a: 1 } });

function payloadOf(token: string): unknown {
  const decoded = decodeBase64Url(token.split('.')[1] ?? '');
  if (!decoded.ok) throw new Error('payload did not decode');
  return JSON.parse(new TextDecoder().decode(decoded.bytes));
}

describe('stripSignature', () => {
  it.each([
    ['drops the signature', `${header}.${payload}.c2ln`, `${header}.${payload}.`],
    ['trims surrounding whitespace', `  ${header}.${payload}.c2ln\n`, `${header}.${payload}.`],
    ['keeps an already unsigned token', `${header}.${payload}.`, `${header}.${payload}.`],
  ])('%s', (_name, token, expected) => {
    expect(stripSignature(token)).toEqual({ ok: true, token: expected });
  });

  it.each([
    ['a JWE', 'a.b.c.d.e'],
    ['two parts', 'a.b'],
    ['an empty header', '.b.c'],
    ['text', 'hello'],
  ])('refuses %s', (_name, token) => {
    expect(stripSignature(token)).toEqual({ ok: false, error: { code: 'not-a-jws' } });
  });

  it('redacts every claim value and keeps the names and the header', () => {
    const result = stripSignature(`${header}.${payload}.c2ln`, true);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.token.startsWith(`${header}.`)).toBe(true);
    expect(result.token.endsWith('.')).toBe(true);
    expect(payloadOf(result.token)).toEqual({ sub: REDACTED_VALUE, exp: REDACTED_VALUE, __proto__x: REDACTED_VALUE });
  });

  it('keeps a claim named __proto__ as a claim', () => {
    const result = stripSignature(`${header}.${encodeBase64Url(new TextEncoder().encode('{"__proto__":{"admin":true}}'))}.`, true);
    expect(result.ok && Object.keys(payloadOf(result.token) as object)).toEqual(['__proto__']);
  });

  it.each([
    ['an array payload', segment([1, 2])],
    ['a non-JSON payload', encodeBase64Url(new TextEncoder().encode('not json'))],
    ['a payload that is not base64url', '***'],
  ])('will not redact %s', (_name, body) => {
    expect(stripSignature(`${header}.${body}.x`, true)).toEqual({ ok: false, error: { code: 'payload-not-json' } });
  });
});
