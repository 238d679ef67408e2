import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json/json-value';
import { digestSdText, readSdHashAlg } from './sd-hash-alg';

describe('readSdHashAlg', () => {
  it.each([
    { name: 'no _sd_alg: sha-256 assumed', payload: {}, expected: { name: 'sha-256', stated: false } },
    { name: 'no payload', payload: null, expected: { name: 'sha-256', stated: false } },
    { name: 'sha-256', payload: { _sd_alg: 'sha-256' }, expected: { name: 'sha-256', stated: true } },
    { name: 'sha-384', payload: { _sd_alg: 'sha-384' }, expected: { name: 'sha-384', stated: true } },
    { name: 'sha-512', payload: { _sd_alg: 'sha-512' }, expected: { name: 'sha-512', stated: true } },
    { name: 'an algorithm not computed here', payload: { _sd_alg: 'sha3-256' }, expected: { name: null, stated: true, written: 'sha3-256' } },
    { name: 'an upper-case name (names are case-sensitive)', payload: { _sd_alg: 'SHA-256' }, expected: { name: null, stated: true, written: 'SHA-256' } },
    { name: 'a number', payload: { _sd_alg: 256 }, expected: { name: null, stated: true, written: '256' } },
    { name: 'a prototype name', payload: { _sd_alg: 'constructor' }, expected: { name: null, stated: true, written: 'constructor' } },
  ] as { name: string; payload: JsonObject | null; expected: unknown }[])('$name', ({ payload, expected }) => {
    expect(readSdHashAlg(payload)).toEqual(expected);
  });
});

describe('digestSdText', () => {
  it.each([
    // RFC 9901 §5.1, the given_name and nationalities ("US") disclosures.
    { alg: 'sha-256', text: 'WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd', digest: 'jsu9yVulwQQlhFlM_3JlzMaSFzglhQG0DpfayQwLUK4' },
    { alg: 'sha-256', text: 'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIlVTIl0', digest: 'pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo' },
    // FIPS 180-2 "abc", base64url.
    { alg: 'sha-384', text: 'abc', digest: 'ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP_W-2AhgcroefMI1i67KE0yCWn' },
    { alg: 'sha-512', text: 'abc', digest: '3a81oZNherrMQXNJriBBMRLm-k6JqX6iCp7u5ktV05ohkpkqJ0_BqDa6PCOj_uu9RU1EI2Q86A4qmslPpUyknw' },
  ] as const)('$alg of $text', ({ alg, text, digest }) => {
    expect(digestSdText(alg, text)).toBe(digest);
  });
});
