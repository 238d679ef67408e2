import { check, meta } from './json-parsing-anomaly';
import { b64u, jws, testRule } from '../test-support/rule-tester';
import { MAX_SCANNED_CHARS, MAX_WALKED_MEMBERS } from '../walk-json';

const manyMembers = (count: number): Record<string, unknown> => Object.fromEntries([['alg', 'HS256'], ...Array.from({ length: count }, (_, index): [string, unknown] => [`p${index}`, index])]);

const raw = (header: string | Uint8Array, payload: string | Uint8Array = '{"sub":"x"}') => `${b64u(header)}.${b64u(payload)}.c2ln`;

testRule(
  { meta, check },
  {
    valid: [
      { name: 'ordinary JSON', token: jws({ alg: 'HS256' }, { sub: 'x', n: 1234567890123456 }) },
      { name: 'a plain-text payload', token: raw('{"alg":"HS256"}', 'hello') },
      { name: 'escaped emoji (a valid surrogate pair)', token: raw('{"alg":"HS256"}', '{"e":"\\ud83d\\ude00"}') },
      { name: 'fractional exp', token: jws({ alg: 'HS256' }, { exp: 1700000000.5 }) },
      { name: 'a claim merely containing "proto"', token: jws({ alg: 'HS256' }, { proto_version: 1 }) },
      { name: 'a header within the walk budget', token: jws(manyMembers(MAX_WALKED_MEMBERS - 1), { sub: 'x' }) },
      { name: 'a string at the scanning limit', token: jws({ alg: 'HS256' }, { sub: 'x'.repeat(MAX_SCANNED_CHARS) }) },
    ],
    invalid: [
      { name: 'invalid UTF-8', token: raw(Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), findings: [{ messageId: 'invalidUtf8', params: { part: 'header', offset: 2 } }] },
      { name: 'UTF-8 byte order mark', token: raw('\uFEFF{"alg":"HS256"}'), findings: [{ messageId: 'byteOrderMark', params: { part: 'header' } }] },
      { name: 'UTF-16 bytes (NULs)', token: raw('{"alg":"HS256"}', Uint8Array.from([0x7b, 0, 0x7d, 0])), findings: [{ messageId: 'nulBytes', params: { part: 'payload' } }] },
      { name: 'header is an array', token: raw('["HS256"]'), findings: [{ messageId: 'notObject', params: { part: 'header', found: 'array' } }] },
      { name: 'payload is a JSON number', token: raw('{"alg":"HS256"}', '42'), findings: [{ messageId: 'notObject', params: { part: 'payload', found: 'number' } }] },
      { name: 'trailing data after the header', token: raw('{"alg":"HS256"}x'), findings: [{ messageId: 'trailingData', params: { part: 'header' } }] },
      { name: 'two objects back to back', token: raw('{"alg":"HS256"}', '{"sub":"a"}{"sub":"b"}'), findings: [{ messageId: 'trailingData', params: { part: 'payload' } }] },
      { name: 'a lone surrogate escape', token: raw('{"alg":"HS256"}', '{"sub":"\\ud800"}'), findings: [{ messageId: 'loneSurrogate', pointer: '/sub' }] },
      { name: 'a raw control character in a string', token: raw('{"alg":"HS\u0001256"}'), findings: [{ messageId: 'controlCharacter' }] },
      { name: 'exp beyond 2^53', token: raw('{"alg":"HS256"}', '{"exp":9007199254740993}'), findings: [{ messageId: 'unsafeNumber', params: { claim: 'exp' } }] },
      { name: '__proto__ member (low)', token: raw('{"alg":"HS256"}', '{"__proto__":{"admin":true}}'), findings: [{ messageId: 'prototypeName', severity: 'low', pointer: '/__proto__' }] },
      {
        name: 'a header past the walk budget says how much was not checked',
        token: jws(manyMembers(60_000), { sub: 'x' }),
        findings: [{ messageId: 'notChecked', severity: 'info', params: { part: 'header', count: 60_001 - MAX_WALKED_MEMBERS, checked: MAX_WALKED_MEMBERS } }],
      },
      {
        name: 'a string past the scanning limit says it was read in part',
        token: jws({ alg: 'HS256' }, { sub: 'x', claim: 'x'.repeat(MAX_SCANNED_CHARS + 1) }),
        findings: [{ messageId: 'partlyChecked', severity: 'info', pointer: '/claim', params: { part: 'payload', count: 1, checked: MAX_SCANNED_CHARS } }],
      },
      { name: 'constructor member in the header', token: raw('{"alg":"HS256","constructor":1}'), findings: [{ messageId: 'prototypeName', severity: 'low' }] },
    ],
  },
);
