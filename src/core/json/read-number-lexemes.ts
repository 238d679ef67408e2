import { createJsonLexer } from './lex-json';

/**
 * How JavaScript's reading of a number differs in value from what is written: beyond 2^53 where
 * the nearest double is another integer, too large (Infinity), too small (0), or a zero that
 * prints as `0` though it is written `-0`.
 */
export type NumberDifference = 'precision-lost' | 'overflow' | 'underflow' | 'negative-zero';

/** A number whose lexeme is not how JavaScript writes the value it reads (`1.0`, `1e2`, `9007199254740993`). */
export interface NumberLexeme {
  /** RFC 6901 pointer of the number. */
  pointer: string;
  /** The number exactly as written in the JSON text. */
  lexeme: string;
  /** How the value JavaScript reads differs from the written one; null when only the spelling differs. */
  difference: NumberDifference | null;
  /** The value JavaScript reads, as `String()` writes it (`9007199254740992`, `Infinity`, `0`). */
  reads: string;
}

/** The numbers of one JSON text not written as JavaScript writes them, in document order. */
export interface NumberLexemeReading {
  numbers: NumberLexeme[];
  /** More such numbers follow than were kept. */
  truncated: boolean;
}

/** Numbers kept by default: enough for any claims set, bounded for a payload of a million of them. */
export const MAX_NUMBER_LEXEMES = 1000;

const TWO_TO_53 = 2 ** 53;
const NUMBER_PARTS = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** A decimal number as sign, significant digits and power of ten (`-1.50e3` is `-`, `15`, 2), so equal values compare equal; null for other text. */
function normaliseDecimal(text: string): string | null {
  const parts = NUMBER_PARTS.exec(text);
  if (!parts) return null;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = parts;
  const digits = `${whole}${fraction}`.replace(/^0+/, '');
  const significant = digits.replace(/0+$/, '');
  if (significant === '') return '0';
  const power = BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length);
  return `${sign}${significant}e${power}`;
}

/**
 * Returns how JavaScript's `Number(lexeme)` differs in value from the JSON number `lexeme`, or null
 * when it reads the same value (also for ordinary decimal rounding below 2^53, as in `0.1`); does not
 * check that `lexeme` is a JSON number.
 */
export function compareNumberLexeme(lexeme: string): NumberDifference | null {
  const value = Number(lexeme);
  if (!Number.isFinite(value)) return 'overflow';
  if (value === 0) {
    if (/[1-9]/.test(lexeme.replace(/[eE].*$/, ''))) return 'underflow';
    return Object.is(value, -0) ? 'negative-zero' : null;
  }
  // JavaScript writes the shortest decimal that reads back as the same double: past 2^53 that is
  // another integer when the written one has more digits than a double keeps.
  if (Math.abs(value) >= TWO_TO_53 && normaliseDecimal(lexeme) !== normaliseDecimal(String(value))) return 'precision-lost';
  return null;
}

const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

/** Whether a JSON number lexeme is an integer of at most 15 digits other than `-0`: written as JavaScript writes it, no string needed. */
function isPlainSafeInteger(text: string, start: number, end: number): boolean {
  const digits = text.charCodeAt(start) === MINUS ? start + 1 : start;
  if (end - digits > 15 || (digits > start && end - digits === 1 && text.charCodeAt(digits) === ZERO)) return false;
  for (let at = digits; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) return false;
  }
  return true;
}

/**
 * Returns the numbers of a JSON text whose lexeme is not how JavaScript writes the value it reads
 * (at most `maxNumbers`), each with how the value differs, if it does; reads up to the text's first
 * error and does not report it.
 */
export function readNumberLexemes(text: string, maxNumbers = MAX_NUMBER_LEXEMES): NumberLexemeReading {
  const lexer = createJsonLexer(text, { maxDepth: Number.POSITIVE_INFINITY });
  const numbers: NumberLexeme[] = [];
  for (let kind = lexer.next(); kind !== null; kind = lexer.next()) {
    if (kind !== 'number' || isPlainSafeInteger(text, lexer.start, lexer.end)) continue;
    const lexeme = text.slice(lexer.start, lexer.end);
    const reads = String(Number(lexeme));
    if (reads === lexeme) continue;
    if (numbers.length === maxNumbers) return { numbers, truncated: true };
    numbers.push({ pointer: lexer.pointer(), lexeme, difference: compareNumberLexeme(lexeme), reads });
  }
  return { numbers, truncated: false };
}
