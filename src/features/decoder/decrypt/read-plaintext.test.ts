import { describe, expect, it } from 'vitest';
import { MAX_HEX_BYTES, MAX_PRETTY_CHARS, readPlaintext, saysNestedJwt, type Plaintext } from './read-plaintext';

const utf8 = (text: string) => new TextEncoder().encode(text);
const JWS = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';

describe('readPlaintext', () => {
  const cases: [string, Uint8Array, unknown, Partial<Plaintext>][] = [
    ['JSON is re-indented', utf8('{"sub":"x","n":1.0}'), undefined, { kind: 'text', json: true, shown: '{\n  "sub": "x",\n  "n": 1.0\n}', nested: null, bytes: 19, large: false }],
    ['JSON longer than MAX_PRETTY_CHARS is shown as decrypted', utf8(`{"a":"${'x'.repeat(MAX_PRETTY_CHARS)}"}`), undefined, { kind: 'text', json: false, large: true, shown: `{"a":"${'x'.repeat(MAX_PRETTY_CHARS)}"}` }],
    ['text that is not JSON is shown as it is', utf8('hello, world'), undefined, { kind: 'text', json: false, shown: 'hello, world', nested: null }],
    ['a compact JWS is a nested token', utf8(JWS), undefined, { kind: 'text', json: false, nested: JWS }],
    ['a JWS with a line break after it', utf8(`${JWS}\n`), undefined, { kind: 'text', nested: JWS }],
    ['cty JWT makes any text the nested token', utf8('not.a.jws.at.all'), 'jwt', { kind: 'text', nested: 'not.a.jws.at.all' }],
    ['a JSON string is JSON, not a token', utf8('"a.b.c"'), undefined, { kind: 'text', json: true, nested: null }],
    ['bytes that are not UTF-8 are hex, with where', new Uint8Array([0x41, 0xff, 0x00]), undefined, { kind: 'binary', hex: '41ff00', invalidAt: 1, bytes: 3, hexTruncated: false }],
  ];

  it.each(cases)('%s', (_name, bytes, cty, expected) => {
    expect(readPlaintext(bytes, cty)).toMatchObject(expected);
  });

  it('shows at most MAX_HEX_BYTES of a large binary plaintext', () => {
    const plaintext = readPlaintext(new Uint8Array(MAX_HEX_BYTES + 10).fill(0xff), undefined);
    expect(plaintext).toMatchObject({ kind: 'binary', bytes: MAX_HEX_BYTES + 10, hexTruncated: true });
    expect(plaintext.kind === 'binary' && plaintext.hex.length).toBe(2 * MAX_HEX_BYTES);
  });
});

describe('saysNestedJwt', () => {
  it.each([
    ['JWT', true],
    ['jwt', true],
    ['application/JWT', true],
    ['JOSE', false],
    ['JWT+x', false],
    [42, false],
    [undefined, false],
  ])('%s → %s', (cty, nested) => {
    expect(saysNestedJwt(cty)).toBe(nested);
  });
});
