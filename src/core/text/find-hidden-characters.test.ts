import { describe, expect, it } from 'vitest';
import { formatCodePoint } from './character-names';
import { findHiddenCharacters, hasHiddenCharacters } from './find-hidden-characters';

/** `"admin"` followed by the tag characters that spell "admin" and a cancel tag (ASCII smuggling). */
const TAGGED = `admin${[...'admin'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('')}\u{E007F}`;

/** Each hidden character as `U+XXXX kind @start`, which keeps the tables readable. */
function summarise(text: string): string[] {
  return findHiddenCharacters(text).map((found) => `${formatCodePoint(found.codePoint)} ${found.kind} @${found.start}`);
}

describe('findHiddenCharacters', () => {
  it.each<{ name: string; text: string; found: string[] }>([
    { name: 'a zero-width space inside a word', text: 'adm\u200Bin', found: ['U+200B format @3'] },
    { name: 'a zero-width space at the end', text: 'admin\u200B', found: ['U+200B format @5'] },
    { name: 'a word joiner and a BOM', text: 'ad\u2060mi\uFEFFn', found: ['U+2060 format @2', 'U+FEFF format @5'] },
    { name: 'a right-to-left override', text: '\u202Enimda', found: ['U+202E bidi-control @0'] },
    { name: 'the other bidi controls', text: '\u061C\u200E\u200F\u202A\u2066x\u2069', found: ['U+061C bidi-control @0', 'U+200E bidi-control @1', 'U+200F bidi-control @2', 'U+202A bidi-control @3', 'U+2066 bidi-control @4', 'U+2069 bidi-control @6'] },
    {
      name: 'admin followed by tag characters',
      text: TAGGED,
      found: ['U+E0061 tag @5', 'U+E0064 tag @7', 'U+E006D tag @9', 'U+E0069 tag @11', 'U+E006E tag @13', 'U+E007F tag @15'],
    },
    { name: 'a soft hyphen', text: 'ad\u00ADmin', found: ['U+00AD format @2'] },
    { name: 'NUL and DEL (escaped in JSON, still in the value)', text: 'admin\u0000\u007F', found: ['U+0000 control @5', 'U+007F control @6'] },
    { name: 'a C1 control', text: 'a\u0085b', found: ['U+0085 control @1'] },
    { name: 'a Hangul filler', text: '\u3164admin', found: ['U+3164 invisible @0'] },
    { name: 'non-characters', text: 'a\uFFFEb\uFDD0\u{1FFFF}', found: ['U+FFFE non-character @1', 'U+FDD0 non-character @3', 'U+1FFFF non-character @4'] },
    { name: 'lone surrogates, high and low', text: 'a\uD800b\uDC00', found: ['U+D800 lone-surrogate @1', 'U+DC00 lone-surrogate @3'] },
    { name: 'a variation selector after a letter', text: 'a\uFE0Fdmin', found: ['U+FE0F variation-selector @1'] },
    { name: 'a zero-width joiner between Latin letters', text: 'ad\u200Dmin', found: ['U+200D format @2'] },
    { name: 'a zero-width non-joiner at the start of Arabic text', text: '\u200C\u0645', found: ['U+200C format @0'] },
    { name: 'plain ASCII', text: 'admin', found: [] },
    { name: 'tab and line breaks', text: 'a\tb\nc\r\n', found: [] },
    { name: 'spaces JSON shows as spaces, even non-breaking ones', text: 'a b\u00A0c\u3000d', found: [] },
    { name: 'an Arabic number sign (a visible format character)', text: '\u0600123', found: [] },
    { name: 'a paired surrogate (an emoji)', text: 'ok 😀', found: [] },
    { name: 'an emoji ZWJ sequence with skin tones', text: '👩🏽\u200D💻 and 👨\u200D👩\u200D👧', found: [] },
    { name: 'an emoji presentation selector', text: '\u2764\uFE0F 1\uFE0F\u20E3', found: [] },
    { name: 'an ideographic variation sequence', text: '\u845B\u{E0100}', found: [] },
    { name: 'a zero-width non-joiner inside a Persian word', text: '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645', found: [] },
    { name: 'a zero-width joiner in a Devanagari conjunct', text: '\u0915\u094D\u200D\u0937', found: [] },
  ])('$name', ({ text, found }) => {
    expect(summarise(text)).toEqual(found);
    expect(hasHiddenCharacters(text)).toBe(found.length > 0);
  });

  it('gives each character its Unicode name and its offsets', () => {
    expect(findHiddenCharacters('x\u200By\u{E0041}')).toEqual([
      { start: 1, end: 2, codePoint: 0x200b, kind: 'format', name: 'ZERO WIDTH SPACE' },
      { start: 3, end: 5, codePoint: 0xe0041, kind: 'tag', name: 'TAG LATIN CAPITAL LETTER A' },
    ]);
  });

  it('stops at the limit', () => {
    expect(findHiddenCharacters('\u200B'.repeat(10), 3)).toHaveLength(3);
    expect(findHiddenCharacters('\u200B', 0)).toEqual([]);
  });

  it('finds every hidden BMP character past the quick pre-check', () => {
    // The pre-check lists code units by hand: each BMP character the full pattern reports must be among them.
    const missed: string[] = [];
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      const text = `a${String.fromCharCode(codePoint)}a`;
      const found = findHiddenCharacters(text);
      const full = /[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\p{Variation_Selector}]/u.test(String.fromCharCode(codePoint));
      if (full && found.length === 0 && ![0x09, 0x0a, 0x0d].includes(codePoint) && !/[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2]/.test(String.fromCharCode(codePoint))) {
        missed.push(formatCodePoint(codePoint));
      }
    }
    expect(missed).toEqual([]);
  });

  it('reads a long text of plain characters quickly', () => {
    const text = 'a'.repeat(5_000_000);
    const started = performance.now();
    expect(findHiddenCharacters(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
