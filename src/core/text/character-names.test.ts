import { describe, expect, it } from 'vitest';
import { formatCodePoint, nameCodePoint } from './character-names';

describe('nameCodePoint', () => {
  it.each<[number, string | null]>([
    [0x0000, 'NULL'],
    [0x001f, 'INFORMATION SEPARATOR ONE'],
    [0x0085, '<control-0085>'],
    [0x200b, 'ZERO WIDTH SPACE'],
    [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
    [0xfe0f, 'VARIATION SELECTOR-16'],
    [0xe01ef, 'VARIATION SELECTOR-256'],
    [0xe0020, 'TAG SPACE'],
    [0xe0030, 'TAG DIGIT ZERO'],
    [0xe007e, 'TAG TILDE'],
    [0xe0001, 'LANGUAGE TAG'],
    [0xfffe, '<noncharacter-FFFE>'],
    [0x10ffff, '<noncharacter-10FFFF>'],
    [0xdbff, '<surrogate-DBFF>'],
    [0x0041, null],
  ])('%s is %s', (codePoint, name) => {
    expect(nameCodePoint(codePoint)).toBe(name);
  });
});

describe('formatCodePoint', () => {
  it.each([
    [0, 'U+0000'],
    [0x200b, 'U+200B'],
    [0xe0041, 'U+E0041'],
    [0x10ffff, 'U+10FFFF'],
  ])('%s is %s', (codePoint, shown) => {
    expect(formatCodePoint(codePoint)).toBe(shown);
  });
});
