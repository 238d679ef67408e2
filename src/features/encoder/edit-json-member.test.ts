import { describe, expect, it } from 'vitest';
import { readHeaderAlg, removeJsonMember, setJsonMember } from './edit-json-member';

describe('setJsonMember', () => {
  it.each<[string, string, string, unknown, string]>([
    ['replaces a value in place', '{\n  "alg": "HS256",\n  "typ": "JWT"\n}', 'alg', 'RS256', '{\n  "alg": "RS256",\n  "typ": "JWT"\n}'],
    ['adds a member in the text’s indentation', '{\n    "sub": "1"\n}', 'iat', 1700000000, '{\n    "sub": "1",\n    "iat": 1700000000\n}'],
    ['adds a member on one line', '{"sub":"1"}', 'jti', 'x', '{"sub":"1", "jti": "x"}'],
    ['fills an empty object', '  {}  ', 'exp', 5, '  {\n  "exp": 5\n}  '],
    ['replaces an object or array value whole', '{"aud":["a",{"b":"]"}],"x":1}', 'aud', ['c'], '{"aud":["c"],"x":1}'],
    ['replaces every occurrence of a repeated name', '{"a":1,"b":{"a":9},"a":2}', 'a', 3, '{"a":3,"b":{"a":9},"a":3}'],
    ['leaves nested members alone', '{"jwk":{"alg":"x"}}', 'alg', 'HS256', '{"jwk":{"alg":"x"}, "alg": "HS256"}'],
    ['keeps escapes and strings with braces as typed', '{"s":"}\\"{","n":1.0}', 'n', 2, '{"s":"}\\"{","n":2}'],
  ])('%s', (_name, text, member, value, expected) => {
    expect(setJsonMember(text, member, value as never)).toBe(expected);
  });

  it.each(['', '{', '[1]', '"text"', '{"a":}'])('returns null for %j', (text) => {
    expect(setJsonMember(text, 'a', 1)).toBeNull();
  });
});

describe('readHeaderAlg', () => {
  it.each([
    ['{"alg":"ES256"}', 'ES256'],
    ['{"alg":1}', null],
    ['{"typ":"JWT"}', null],
    ['{"alg":"HS256",', null],
  ])('%s → %s', (text, alg) => {
    expect(readHeaderAlg(text)).toBe(alg);
  });
});

describe('removeJsonMember', () => {
  it.each<[string, string, string, string]>([
    ['drops the last member with the separator before it', '{\n  "alg": "dir",\n  "enc": "A256GCM",\n  "cty": "JWT"\n}', 'cty', '{\n  "alg": "dir",\n  "enc": "A256GCM"\n}'],
    ['drops the first member with the separator after it', '{"cty":"JWT", "alg":"dir"}', 'cty', '{"alg":"dir"}'],
    ['leaves an empty object of the only member', '{ "cty": "JWT" }', 'cty', '{}'],
    ['drops every occurrence of a repeated name', '{"a":1,"b":2,"a":3}', 'a', '{"b":2}'],
    ['leaves nested members and a text without the name alone', '{"x":{"cty":1}}', 'cty', '{"x":{"cty":1}}'],
  ])('%s', (_name, text, member, expected) => {
    expect(removeJsonMember(text, member)).toBe(expected);
  });

  it('returns null for a text that is not a JSON object', () => {
    expect(removeJsonMember('[1]', 'a')).toBeNull();
  });
});
