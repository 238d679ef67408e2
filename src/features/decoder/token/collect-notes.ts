import type { DecodedToken, EncodingNote, PartName } from '../../../core/token/decoded-token';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';

export interface Note {
  key: MessageKey;
  values: MessageValues;
  /** A warning deserves attention; an info only says what the decoder did. */
  level: 'info' | 'warning';
}

const ENCODING_NOTE_KEYS: Record<EncodingNote, MessageKey> = {
  padding: 'note.padding',
  'standard-alphabet': 'note.standardAlphabet',
  'non-zero-trailing-bits': 'note.trailingBits',
};

/**
 * What the decoder tolerated or noticed on the way: what it stripped from the input, non-canonical
 * base64url, duplicate JSON members. Not the security findings, which judge the token itself.
 */
export function collectNotes(decoded: DecodedToken, partLabel: (part: PartName) => string): Note[] {
  if (decoded.kind === 'empty') return [];
  const notes: Note[] = [];
  const { normalisation } = decoded;
  if (normalisation.removedBearerPrefix) notes.push({ key: 'note.bearer', values: {}, level: 'info' });
  if (normalisation.removedQuotes) notes.push({ key: 'note.quotes', values: {}, level: 'info' });
  if (normalisation.removedInnerWhitespace > 0) {
    notes.push({ key: 'note.whitespace', values: { count: normalisation.removedInnerWhitespace }, level: 'info' });
  }
  for (const part of decoded.parts) {
    for (const note of part.encodingNotes) {
      notes.push({ key: ENCODING_NOTE_KEYS[note], values: { part: partLabel(part.name) }, level: 'warning' });
    }
    if (part.decoding.ok && part.decoding.content.type === 'json') {
      for (const duplicate of part.decoding.content.duplicates) {
        notes.push({
          key: 'note.duplicateMember',
          values: { part: partLabel(part.name), name: duplicate.name, pointer: duplicate.pointer || '/' },
          level: 'warning',
        });
      }
    }
  }
  return notes;
}
