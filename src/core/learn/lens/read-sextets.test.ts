import { describe, expect, it } from 'vitest';
import { readSextets } from './read-sextets';

describe('readSextets', () => {
  it.each([
    { segment: 'eyJ9', limit: undefined, expected: [30, 50, 9, 61] },
    { segment: 'AZaz09-_', limit: undefined, expected: [0, 25, 26, 51, 52, 61, 62, 63] },
    { segment: '+/', limit: undefined, expected: [62, 63] },
    { segment: 'QQ==', limit: undefined, expected: [16, 16, null, null] },
    { segment: 'a!b', limit: undefined, expected: [26, null, 27] },
    { segment: 'eyJhbGci', limit: 3, expected: [30, 50, 9] },
    { segment: 'ab', limit: 10, expected: [26, 27] },
    { segment: '', limit: undefined, expected: [] },
  ])('$segment (limit $limit)', ({ segment, limit, expected }) => {
    expect(readSextets(segment, limit)).toEqual(expected);
  });

  it('agrees with Node on every character of the alphabet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const values = readSextets(alphabet);
    // 64 characters are 48 bytes; their bits read back as 6-bit groups are the values 0…63.
    const bits = [...Buffer.from(alphabet, 'base64url')].map((byte) => byte.toString(2).padStart(8, '0')).join('');
    expect(values).toEqual(Array.from({ length: 64 }, (_, i) => Number.parseInt(bits.slice(6 * i, 6 * i + 6), 2)));
  });
});
