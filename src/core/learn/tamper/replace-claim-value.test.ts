import { describe, expect, it } from 'vitest';
import { decodeTextSegment, splitJwsSegments } from '../../token/jws-segments';
import { listClaimNames, readClaimValueText, replaceClaimValue } from './replace-claim-value';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const token = (payload: string) => `${b64('{"alg":"HS256"}')}.${b64(payload)}.c2ln`;
const payloadOf = (text: string) => decodeTextSegment(splitJwsSegments(text)!.payload);

describe('replaceClaimValue', () => {
  it.each([
    { payload: '{"sub":"a","role":"learner"}', name: 'role', value: '"admin"', expected: '{"sub":"a","role":"admin"}' },
    { payload: '{ "exp" : 100 , "x": 1 }', name: 'exp', value: ' 4102444800 ', expected: '{ "exp" : 4102444800 , "x": 1 }' },
    { payload: '{"a":1,"a":2}', name: 'a', value: 'true', expected: '{"a":1,"a":true}' },
    { payload: '{"obj":{"a":1}}', name: 'obj', value: '[1, 2]', expected: '{"obj":[1, 2]}' },
  ])('sets $name to $value, every other byte as written', ({ payload, name, value, expected }) => {
    const result = replaceClaimValue(token(payload), name, value);
    if (!result.ok) throw new Error(result.code);
    expect(payloadOf(result.token)).toBe(expected);
    expect(splitJwsSegments(result.token)!.header).toBe(splitJwsSegments(token(payload))!.header);
    expect(splitJwsSegments(result.token)!.signature).toBe('c2ln');
  });

  it.each([
    { text: 'a.b', name: 'sub', value: '1', code: 'not-compact-jws' },
    { text: token('[1]'), name: 'sub', value: '1', code: 'claim-not-found' },
    { text: token('{"sub":'), name: 'sub', value: '1', code: 'payload-not-json' },
    { text: token('{"sub":"a"}'), name: 'nope', value: '1', code: 'claim-not-found' },
    { text: token('{"sub":"a"}'), name: 'sub', value: 'admin', code: 'value-not-json' },
    { text: token('{"sub":"a"}'), name: 'sub', value: '', code: 'value-not-json' },
    { text: token('{"inner":{"sub":"a"}}'), name: 'sub', value: '1', code: 'claim-not-found' },
  ])('refuses $code ($name = $value)', ({ text, name, value, code }) => {
    expect(replaceClaimValue(text, name, value)).toEqual({ ok: false, code });
  });
});

describe('listClaimNames', () => {
  it.each([
    { text: token('{"sub":"a","exp":1,"nested":{"x":1}}'), names: ['sub', 'exp', 'nested'] },
    { text: token('{"a":1,"a":2}'), names: ['a', 'a'] },
    { text: token('not json'), names: [] },
    { text: 'a.b', names: [] },
  ])('lists $names', ({ text, names }) => {
    expect(listClaimNames(text)).toEqual(names);
  });
});

describe('readClaimValueText', () => {
  it.each([
    { text: token('{"sub":"a","exp": 1.50 ,"o":{"x":[1]}}'), name: 'exp', value: '1.50' },
    { text: token('{"sub":"a","exp": 1.50 ,"o":{"x":[1]}}'), name: 'o', value: '{"x":[1]}' },
    { text: token('{"a":1,"a":2}'), name: 'a', value: '2' },
    { text: token('{"a":1}'), name: 'b', value: null },
    { text: token('{"a":'), name: 'a', value: null },
    { text: 'a.b', name: 'a', value: null },
  ])('$name reads $value', ({ text, name, value }) => {
    expect(readClaimValueText(text, name)).toBe(value);
  });
});
