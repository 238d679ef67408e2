import { describe, expect, it } from 'vitest';
import { groupUtf8Characters } from './group-utf8-characters';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const char = (start: number, end: number, codePoint: number | null, complete = true) => ({ start, end, codePoint, complete });

describe('groupUtf8Characters', () => {
  it.each([
    { name: 'ASCII, one byte each', bytes: utf8('{"a'), limit: undefined, expected: [char(0, 1, 0x7b), char(1, 2, 0x22), char(2, 3, 0x61)] },
    { name: 'a 2-byte letter', bytes: utf8('é'), limit: undefined, expected: [char(0, 2, 0xe9)] },
    { name: 'Hangul syllables, 3 bytes each', bytes: utf8('"김하'), limit: undefined, expected: [char(0, 1, 0x22), char(1, 4, 0xae40), char(4, 7, 0xd558)] },
    { name: 'an emoji, 4 bytes', bytes: utf8('😀!'), limit: undefined, expected: [char(0, 4, 0x1f600), char(4, 5, 0x21)] },
    { name: 'a character cut by the bound', bytes: utf8('a김'), limit: 3, expected: [char(0, 1, 0x61), char(1, 3, 0xae40, false)] },
    { name: 'a bound after a whole character', bytes: utf8('김a'), limit: 3, expected: [char(0, 3, 0xae40)] },
    { name: 'a stray continuation byte', bytes: new Uint8Array([0x80, 0x41]), limit: undefined, expected: [char(0, 1, null), char(1, 2, 0x41)] },
    { name: 'a broken sequence', bytes: new Uint8Array([0xea, 0x41]), limit: undefined, expected: [char(0, 1, null), char(1, 2, 0x41)] },
    { name: 'truncated at the end of the bytes', bytes: new Uint8Array([0x41, 0xea, 0xb9]), limit: undefined, expected: [char(0, 1, 0x41), char(1, 2, null), char(2, 3, null)] },
    { name: 'a byte never in UTF-8', bytes: new Uint8Array([0xff]), limit: undefined, expected: [char(0, 1, null)] },
    { name: 'nothing', bytes: new Uint8Array(), limit: undefined, expected: [] },
  ])('$name', ({ bytes, limit, expected }) => {
    expect(groupUtf8Characters(bytes, limit)).toEqual(expected);
  });
});
