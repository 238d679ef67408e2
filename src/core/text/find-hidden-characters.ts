import { nameCodePoint } from './character-names';

/** Why a character cannot be seen, or changes what is seen; the view says each in words. */
export type HiddenCharacterKind =
  | 'control'
  | 'format'
  | 'bidi-control'
  | 'tag'
  | 'variation-selector'
  | 'non-character'
  | 'lone-surrogate'
  | 'invisible';

/** One hidden character in a text: where it is (UTF-16 offsets, end-exclusive), which it is and why it is hidden. */
export interface HiddenCharacter {
  start: number;
  end: number;
  codePoint: number;
  kind: HiddenCharacterKind;
  /** Unicode's name or label (`ZERO WIDTH SPACE`, `<noncharacter-FFFF>`), null where none is known here. */
  name: string | null;
}

// Every UTF-16 code unit that can start a hidden character (all surrogates, so every astral one):
// a text without any is answered by one scan, without the Unicode-aware pass below.
const CANDIDATE_UNIT =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- single code units, controls and combining ones included, are what is looked for
  /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\xAD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uD800-\uDFFF\uFDD0-\uFDEF\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFF]/;

// Default_Ignorable_Code_Point is Unicode's own list of what renders as nothing (it adds the Hangul
// fillers and the reserved ranges kept for future format characters to Cf).
const HIDDEN =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}\p{Variation_Selector}\u{E0000}-\u{E007F}]/gu;

// Prepended concatenation marks are Cf but drawn as visible signs (the Arabic number sign…).
const VISIBLE_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const BIDI_CONTROL = /\p{Bidi_Control}/u;
const VARIATION_SELECTOR = /\p{Variation_Selector}/u;
const NON_CHARACTER = /\p{Noncharacter_Code_Point}/u;
const FORMAT = /\p{Cf}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI = /\p{Emoji}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const IDEOGRAPHIC = /\p{Ideographic}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
// Scripts whose spelling uses the zero-width joiner and non-joiner inside words (cursive joining,
// Indic conjuncts): there they are ordinary text, as RFC 8264's CONTEXTJ rules allow.
const JOINING_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Mandaic}\p{Script=Phags_Pa}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}]/u;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const VS15 = 0xfe0e;
const VS16 = 0xfe0f;

function charOf(codePoint: number | undefined): string {
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

function isPictograph(codePoint: number | undefined): boolean {
  return codePoint !== undefined && PICTOGRAPHIC.test(charOf(codePoint));
}

/** The code point that ends just before `index`, surrogate pairs read whole. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

function widthOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** The pictograph a joiner follows, past the presentation selector and skin tone that may sit between. */
function followsPictograph(text: string, index: number): boolean {
  let at = index;
  let before = codePointBefore(text, at);
  while (before !== undefined && (before === VS16 || EMOJI_MODIFIER.test(charOf(before)))) {
    at -= widthOf(before);
    before = codePointBefore(text, at);
  }
  return isPictograph(before);
}

/** Whether a character that is usually hidden is, here, part of ordinary visible text. */
function isPartOfVisibleText(text: string, start: number, end: number, codePoint: number): boolean {
  const before = codePointBefore(text, start);
  const after = text.codePointAt(end);
  if (codePoint === ZWJ && followsPictograph(text, start) && isPictograph(after)) return true;
  if ((codePoint === VS15 || codePoint === VS16) && before !== undefined && EMOJI.test(charOf(before))) return true;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef && before !== undefined && IDEOGRAPHIC.test(charOf(before))) return true;
  if ((codePoint === ZWNJ || codePoint === ZWJ) && before !== undefined && after !== undefined) {
    return JOINING_SCRIPT.test(charOf(before)) && LETTER_OR_MARK.test(charOf(after));
  }
  return false;
}

function classify(codePoint: number, character: string): HiddenCharacterKind | null {
  // Tab, line feed and carriage return are layout, shown as such (and escaped in JSON strings).
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return null;
  if (VISIBLE_FORMAT.test(character)) return null;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'lone-surrogate';
  if (NON_CHARACTER.test(character)) return 'non-character';
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return 'tag';
  if (BIDI_CONTROL.test(character)) return 'bidi-control';
  if (VARIATION_SELECTOR.test(character)) return 'variation-selector';
  if (FORMAT.test(character)) return 'format';
  return 'invisible';
}

/** Returns whether `text` holds a character `findHiddenCharacters` would report; one scan, no allocation for plain text. */
export function hasHiddenCharacters(text: string): boolean {
  return findHiddenCharacters(text, 1).length > 0;
}

/**
 * Returns the characters of `text` a reader cannot see or that change what is seen (at most
 * `limit`, in order): controls other than tab and line breaks, format characters (Cf: zero-width
 * space and joiners, word joiner, BOM, soft hyphen…), bidi controls, tag characters, variation
 * selectors, non-characters, lone surrogates and other default-ignorable characters (Hangul
 * fillers). Not reported where they are ordinary text: a joiner inside an emoji sequence or inside a
 * word of a script that joins letters, a presentation selector after an emoji, an ideographic
 * variation selector after an ideograph. Does not look for look-alike letters (see `findScriptMixing`).
 */
export function findHiddenCharacters(text: string, limit = Number.POSITIVE_INFINITY): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  if (limit <= 0 || !CANDIDATE_UNIT.test(text)) return found;
  for (const match of text.matchAll(HIDDEN)) {
    const character = match[0];
    const codePoint = character.codePointAt(0) ?? 0;
    const kind = classify(codePoint, character);
    if (kind === null) continue;
    const start = match.index;
    const end = start + character.length;
    if (isPartOfVisibleText(text, start, end, codePoint)) continue;
    found.push({ start, end, codePoint, kind, name: nameCodePoint(codePoint) });
    if (found.length >= limit) break;
  }
  return found;
}
