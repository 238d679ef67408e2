import type { NumberDifference, NumberLexeme } from '../../../core/json/read-number-lexemes';

/** Numbers as written in the token, by JSON pointer: the spelling, and how JavaScript reads them when the value differs. */
export interface NumberLexemes {
  lexemes: ReadonlyMap<string, string>;
  differences: ReadonlyMap<string, { difference: NumberDifference; reads: string }>;
}

/** The report's numbers (not written as JavaScript writes them) by pointer, for the tables that show values as written. */
export function indexNumberLexemes(numbers: readonly NumberLexeme[] | undefined): NumberLexemes {
  const lexemes = new Map<string, string>();
  const differences = new Map<string, { difference: NumberDifference; reads: string }>();
  for (const { pointer, lexeme, difference, reads } of numbers ?? []) {
    lexemes.set(pointer, lexeme);
    if (difference !== null) differences.set(pointer, { difference, reads });
  }
  return { lexemes, differences };
}

/** The claims catalogue's select words for a difference (ICU select values are plain words). */
export const DIFFERENCE_WORDS: Record<NumberDifference, string> = {
  'precision-lost': 'precisionLost',
  overflow: 'overflow',
  underflow: 'underflow',
  'negative-zero': 'negativeZero',
};
