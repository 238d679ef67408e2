import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../encoding/base64url';
import { decodeDisclosure } from './decode-disclosure';

const b64 = (text: string): string => encodeBase64Url(new TextEncoder().encode(text));

describe('decodeDisclosure', () => {
  it.each([
    {
      name: 'an object member (RFC 9901 §5.1, given_name)',
      text: 'WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiSm9obiJd',
      expected: { ok: true, kind: 'member', salt: '2GLC42sKQveCfGfryNRN9w', name: 'given_name', value: 'John' },
    },
    {
      name: 'an array element (RFC 9901 §5.1, nationalities)',
      text: 'WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIlVTIl0',
      expected: { ok: true, kind: 'element', salt: 'lklxF5jMYlGTPUovMNIvCA', value: 'US' },
    },
    { name: 'an object value', text: b64('["s", "address", {"country": "DE"}]'), expected: { ok: true, kind: 'member', name: 'address', value: { country: 'DE' } } },
    { name: 'a prototype name as the claim name', text: b64('["s", "__proto__", 1]'), expected: { ok: true, kind: 'member', name: '__proto__', value: 1 } },
  ])('reads $name', ({ text, expected }) => {
    expect(decodeDisclosure(text)).toMatchObject(expected);
  });

  it.each([
    { name: 'an empty piece', text: '', error: 'empty' },
    { name: 'a character outside base64url', text: 'WyJ*', error: 'base64-invalid' },
    { name: 'bytes that are not UTF-8', text: encodeBase64Url(new Uint8Array([0xff, 0xfe])), error: 'utf8-invalid' },
    { name: 'text that is not JSON', text: b64('[salt'), error: 'json-invalid' },
    { name: 'an object', text: b64('{"salt": "s"}'), error: 'not-array' },
    { name: 'one element', text: b64('["s"]'), error: 'element-count' },
    { name: 'four elements', text: b64('["s", "n", 1, 2]'), error: 'element-count' },
    { name: 'a salt that is a number', text: b64('[1, "n", 1]'), error: 'salt-not-string' },
    { name: 'a claim name that is a number', text: b64('["s", 1, 1]'), error: 'name-not-string' },
    { name: 'the claim name _sd', text: b64('["s", "_sd", []]'), error: 'name-reserved' },
    { name: 'the claim name ...', text: b64('["s", "...", "x"]'), error: 'name-reserved' },
  ])('refuses $name', ({ text, error }) => {
    expect(decodeDisclosure(text)).toMatchObject({ ok: false, error });
  });
});
