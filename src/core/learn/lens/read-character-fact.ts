import { toSegmentRange, type OffsetRange } from '../../inspect-token';
import type { LensPart } from './lens-part';
import type { LensSpan } from './lens-span';

/** What to say about a selection that is exactly one multi-byte UTF-8 character. */
export interface CharacterFact {
  codePoint: number;
  /** 2, 3 or 4. */
  byteLength: number;
  bytes: OffsetRange;
  /** The characters carrying its bytes (the decoder's formula). */
  chars: OffsetRange;
  /** It starts on a 3-byte boundary, so its characters carry its bits only (3 bytes: exactly 4 characters). */
  aligned: boolean;
  /** A precomposed Hangul syllable (U+AC00–U+D7A3). */
  hangul: boolean;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** Returns the fact about the selected character when the span's bytes are exactly one complete multi-byte character, else null; does not look at JSON. */
export function readCharacterFact(span: LensSpan, part: LensPart): CharacterFact | null {
  const { start, end } = span.bytes;
  if (end - start < 2) return null;
  const character = part.characters?.find((candidate) => candidate.start === start);
  if (!character || character.end !== end || !character.complete || character.codePoint === null) return null;
  const { codePoint } = character;
  return {
    codePoint,
    byteLength: end - start,
    bytes: { start, end },
    chars: toSegmentRange(span.bytes, part.size.chars),
    aligned: start % 3 === 0,
    hangul: codePoint >= HANGUL_FIRST && codePoint <= HANGUL_LAST,
  };
}
