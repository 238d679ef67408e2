import type { DecodeNote } from '../../../core/inspect-token';
import type { NumberDifference } from '../../../core/json/read-number-lexemes';
import type { EncodingNote, PartName } from '../../../core/token/decoded-token';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';

export interface Note {
  key: MessageKey;
  values: MessageValues;
  /** A warning deserves attention; an info only says what the decoder did. */
  level: 'info' | 'warning';
}

const NUMBER_NOTE_KEYS: Record<NumberDifference, MessageKey> = {
  'precision-lost': 'note.numberPrecision',
  overflow: 'note.numberOverflow',
  underflow: 'note.numberUnderflow',
  'negative-zero': 'note.numberNegativeZero',
};

const ENCODING_NOTE_KEYS: Record<EncodingNote, MessageKey> = {
  padding: 'note.padding',
  'standard-alphabet': 'note.standardAlphabet',
  'non-zero-trailing-bits': 'note.trailingBits',
};

function describeNote(note: DecodeNote, partLabel: (part: PartName) => string): Note {
  switch (note.code) {
    case 'bearer':
      return { key: 'note.bearer', values: {}, level: 'info' };
    case 'quotes':
      return { key: 'note.quotes', values: {}, level: 'info' };
    case 'whitespace':
      return { key: 'note.whitespace', values: { count: note.count }, level: 'info' };
    case 'search-limited':
      return { key: 'note.searchLimited', values: { count: note.searchedChars }, level: 'info' };
    case 'duplicate-member':
      return { key: 'note.duplicateMember', values: { part: partLabel(note.part), name: note.name, pointer: note.pointer || '/' }, level: 'warning' };
    case 'number-reading':
      return { key: NUMBER_NOTE_KEYS[note.difference], values: { part: partLabel(note.part), pointer: note.pointer || '/', lexeme: note.lexeme, reads: note.reads }, level: 'warning' };
    case 'number-readings-omitted':
      return { key: 'note.numbersOmitted', values: { part: partLabel(note.part), count: note.count }, level: 'warning' };
    case 'duplicate-members-omitted':
      return { key: 'note.duplicateMembersOmitted', values: { part: partLabel(note.part), count: note.count }, level: 'warning' };
    default:
      return { key: ENCODING_NOTE_KEYS[note.code], values: { part: partLabel(note.part) }, level: 'warning' };
  }
}

/**
 * The report's decode notes as message keys: what the decoder stripped or tolerated, non-canonical
 * base64url, duplicate JSON members. Not the security findings, which judge the token itself.
 */
export function describeNotes(notes: readonly DecodeNote[], partLabel: (part: PartName) => string): Note[] {
  return notes.map((note) => describeNote(note, partLabel));
}
