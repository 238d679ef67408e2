import { describe, expect, it } from 'vitest';
import { encodeHex } from './hex';

describe('encodeHex', () => {
  it.each([
    { bytes: [], hex: '' },
    { bytes: [0], hex: '00' },
    { bytes: [0x0f, 0xa0, 0xff], hex: '0fa0ff' },
  ])('encodes $bytes as "$hex"', ({ bytes, hex }) => {
    expect(encodeHex(new Uint8Array(bytes))).toBe(hex);
  });
});
