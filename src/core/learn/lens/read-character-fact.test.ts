import { describe, expect, it } from 'vitest';
import { resolveLensSpan } from './lens-cursor';
import { createTestLensPart } from './test-support/create-test-lens-part';
import { readCharacterFact } from './read-character-fact';

describe('readCharacterFact', () => {
  it.each([
    // {"n":"김 puts 김 at bytes 6–9: on a 3-byte boundary, exactly characters 8–12.
    { payload: '{"n":"김"}', bytes: [6, 8], fact: { codePoint: 0xae40, byteLength: 3, bytes: { start: 6, end: 9 }, chars: { start: 8, end: 12 }, aligned: true, hangul: true } },
    // One byte later its 24 bits spread over 5 characters, the first and last partly.
    { payload: '{"na":"김"}', bytes: [7, 9], fact: { codePoint: 0xae40, byteLength: 3, bytes: { start: 7, end: 10 }, chars: { start: 9, end: 14 }, aligned: false, hangul: true } },
    { payload: '{"n":"é"}', bytes: [6, 7], fact: { codePoint: 0xe9, byteLength: 2, bytes: { start: 6, end: 8 }, chars: { start: 8, end: 11 }, aligned: true, hangul: false } },
    { payload: '{"n":"😀"}', bytes: [6, 9], fact: { codePoint: 0x1f600, byteLength: 4, bytes: { start: 6, end: 10 }, chars: { start: 8, end: 14 }, aligned: true, hangul: false } },
  ])('$payload, bytes $bytes', ({ payload, bytes: [anchor, focus], fact }) => {
    const part = createTestLensPart(payload);
    expect(readCharacterFact(resolveLensSpan({ layer: 'bytes', anchor: anchor ?? 0, focus: focus ?? 0 }, part), part)).toEqual(fact);
  });

  it.each([
    { name: 'an ASCII byte', payload: '{"n":"a"}', bytes: [6, 6] },
    { name: 'part of a character', payload: '{"n":"김"}', bytes: [6, 7] },
    { name: 'more than one character', payload: '{"n":"김하"}', bytes: [6, 11] },
    { name: 'a character and a quote', payload: '{"n":"김"}', bytes: [5, 8] },
  ])('nothing for $name', ({ payload, bytes: [anchor, focus] }) => {
    const part = createTestLensPart(payload);
    expect(readCharacterFact(resolveLensSpan({ layer: 'bytes', anchor: anchor ?? 0, focus: focus ?? 0 }, part), part)).toBeNull();
  });

  it('nothing for a character cut by the bound', () => {
    const part = createTestLensPart('{"n":"김"}', 8);
    expect(readCharacterFact(resolveLensSpan({ layer: 'bytes', anchor: 6, focus: 7 }, part), part)).toBeNull();
  });
});
