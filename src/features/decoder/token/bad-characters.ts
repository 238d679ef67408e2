import { toSegmentRange } from '../../../core/inspect-token';
import type { PartName, TokenPart } from '../../../core/token/decoded-token';
import { sayPosition } from '../../../i18n/format';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import { encodeUtf8 } from '../../../core/encoding/utf8';

/** The character of a part where decoding failed, and the message saying what is wrong there (its `part` value is the view's). */
export interface BadCharacter {
  /** Index of the part in the token's parts (a malformed token may have two parts of one name). */
  partIndex: number;
  part: PartName;
  /** 0-based in the part's segment; messages say `sayPosition(index)`. */
  index: number;
  key: MessageKey;
  values: MessageValues;
}

/** The segment character carrying byte `byte` of the decoded part, the last one for a byte past the end. */
function characterOfByte(byte: number, segmentLength: number): number {
  return Math.min(toSegmentRange({ start: byte, end: byte + 1 }, segmentLength).start, segmentLength - 1);
}

function findBadCharacter(part: TokenPart, partIndex: number): BadCharacter | null {
  if (part.decoding.ok || part.segment.length === 0) return null;
  const { error, text } = part.decoding;
  const at = (index: number, key: MessageKey, values: MessageValues = {}): BadCharacter => ({
    partIndex,
    part: part.name,
    index,
    key,
    values: { position: sayPosition(index), ...values },
  });
  switch (error.code) {
    case 'base64-invalid-character':
      return at(error.position, 'token.badBase64Character', { character: error.character });
    case 'utf8-invalid':
      return at(characterOfByte(error.byteOffset, part.segment.length), 'token.badUtf8Character');
    case 'json-syntax':
    case 'json-too-deep':
    case 'json-unexpected-end': {
      if (text === undefined) return null;
      // The JSON position counts characters of the decoded text; the token carries its UTF-8 bytes.
      const byte = encodeUtf8(text.slice(0, error.position)).length;
      const index = characterOfByte(byte, part.segment.length);
      return error.code === 'json-unexpected-end'
        ? at(index, 'token.badJsonEnd')
        : at(index, 'token.badJsonCharacter', { textPosition: sayPosition(error.position) });
    }
    case 'empty':
    case 'base64-invalid-length':
    case 'json-not-object':
      return null;
  }
}

/**
 * The failing character of each part that could not be decoded, where one character is to blame: a
 * character base64url does not use, the one carrying the first byte that is not UTF-8, or the one
 * carrying the place the JSON goes wrong (the last one when the JSON ends too early).
 */
export function findBadCharacters(parts: readonly TokenPart[]): BadCharacter[] {
  return parts.flatMap((part, index) => findBadCharacter(part, index) ?? []);
}
