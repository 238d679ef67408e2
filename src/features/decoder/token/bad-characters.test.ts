import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../../core/encoding/base64url';
import { decodeToken } from '../../../core/token/decode-token';
import { findBadCharacters } from './bad-characters';

const b64 = (text: string) => encodeBase64Url(new TextEncoder().encode(text));
const bytes64 = (values: number[]) => encodeBase64Url(new Uint8Array(values));
const HEADER = b64('{"alg":"HS256"}');
const PAYLOAD = b64('{"sub":"1234567890","name":"Ada"}');

function badOf(token: string) {
  const decoded = decodeToken(token);
  if (decoded.kind === 'empty') throw new Error('empty');
  return findBadCharacters(decoded.parts).map(({ partIndex, part, index, key, values }) => ({ partIndex, part, index, key, values }));
}

/** `segment` with character `index` replaced by `character`. */
const replaceAt = (segment: string, index: number, character: string) => segment.slice(0, index) + character + segment.slice(index + 1);

describe('findBadCharacters', () => {
  it.each([
    ['a decodable token', `${HEADER}.${PAYLOAD}.c2ln`, []],
    ['an empty header, a bad length: no one character to blame', `.${PAYLOAD.slice(0, -3)}.c2ln`, []],
    [
      'a character base64url does not use, at the position the decode error names',
      `${HEADER}.${replaceAt(PAYLOAD, 20, '!')}.c2ln`,
      [{ partIndex: 1, part: 'payload', index: 20, key: 'token.badBase64Character', values: { position: 21, character: '!' } }],
    ],
    [
      'one per failing part, the signature included',
      `${replaceAt(HEADER, 0, '$')}.${PAYLOAD}.c2l*`,
      [
        { partIndex: 0, part: 'header', index: 0, key: 'token.badBase64Character', values: { position: 1, character: '$' } },
        { partIndex: 2, part: 'signature', index: 3, key: 'token.badBase64Character', values: { position: 4, character: '*' } },
      ],
    ],
    [
      // Bytes 0..3 are "{"a", byte 4 is 0xff: characters [floor(16/3), …) = 5.
      'the character carrying the first byte that is not UTF-8',
      `${HEADER}.${bytes64([0x7b, 0x22, 0x61, 0x22, 0xff, 0x7d])}.c2ln`,
      [{ partIndex: 1, part: 'payload', index: 5, key: 'token.badUtf8Character', values: { position: 6 } }],
    ],
    [
      // "é" is two bytes: the "x" at text position 9 is byte 10, carried by character floor(40/3) = 13.
      'the character carrying the JSON error, counted in UTF-8 bytes',
      `${b64('{"n":"é",x}')}.${PAYLOAD}.c2ln`,
      [{ partIndex: 0, part: 'header', index: 13, key: 'token.badJsonCharacter', values: { position: 14, textPosition: 10 } }],
    ],
    [
      'the last character when the JSON ends too early',
      `${HEADER}.${b64('{"sub":"1')}.c2ln`,
      [{ partIndex: 1, part: 'payload', index: 11, key: 'token.badJsonEnd', values: { position: 12 } }],
    ],
  ])('%s', (_name, token, expected) => {
    expect(badOf(token)).toEqual(expected);
  });

  it('marks the character whose bits hold the JSON error (it decodes to the failing byte)', () => {
    const json = '{"sub":"1234567890",,}';
    const [bad] = badOf(`${HEADER}.${b64(json)}.c2ln`);
    const position = json.indexOf(',,') + 1;
    expect(bad).toMatchObject({ index: Math.floor((4 * position) / 3), values: { textPosition: position + 1 } });
  });
});
