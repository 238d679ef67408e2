import { toSegmentRange } from '../../inspect-token';
import type { PartName, TokenPart } from '../../token/decoded-token';
import { groupUtf8Characters, type Utf8Character } from './group-utf8-characters';
import type { PartSize } from './lens-span';
import { readJsonTokens, type JsonTokenReading } from './read-json-tokens';
import { readSextets } from './read-sextets';

/** Bytes of a part the lens lays out; the rest is only counted, so a megabyte part costs what 512 bytes do. */
export const MAX_LENS_BYTES = 512;

/** What the byte lens shows of one part: its first bytes and the characters, values and tokens over them. */
export interface LensPart {
  name: PartName;
  /** The characters shown: those carrying the bytes shown. */
  segment: string;
  /** The 6-bit value of each character shown (null for a character of no base64 alphabet). */
  sextets: (number | null)[];
  /** The bytes shown. */
  bytes: Uint8Array;
  /** Characters and bytes shown: every span of the lens lies inside. */
  size: PartSize;
  /** Characters of the whole segment and bytes of the whole part (decoded before any problem). */
  total: PartSize;
  /** The UTF-8 characters of the bytes shown; null for a part that is not text (a signature). */
  characters: Utf8Character[] | null;
  /** The JSON tokens starting in the bytes shown; null for a part that is not text. */
  json: JsonTokenReading | null;
  /** The part did not decode whole: the bytes are what decoded before the problem. */
  decodeFailed: boolean;
}

function textOf(part: TokenPart): string | undefined {
  const { decoding } = part;
  if (!decoding.ok) return decoding.text;
  return decoding.content.type === 'bytes' ? undefined : decoding.content.text;
}

/**
 * Returns the lens's view of a part: at most `maxBytes` of its bytes, the characters carrying them with
 * their 6-bit values, and for a text part its UTF-8 characters and JSON tokens; does not judge the part.
 */
export function createLensPart(part: TokenPart, maxBytes = MAX_LENS_BYTES): LensPart {
  const allBytes = part.decoding.bytes ?? new Uint8Array();
  const bytes = allBytes.subarray(0, Math.min(maxBytes, allBytes.length));
  const chars = toSegmentRange({ start: 0, end: bytes.length }, part.segment.length).end;
  const segment = part.segment.slice(0, chars);
  const text = textOf(part);
  return {
    name: part.name,
    segment,
    sextets: readSextets(segment),
    bytes,
    size: { chars, bytes: bytes.length },
    total: { chars: part.segment.length, bytes: allBytes.length },
    characters: text === undefined ? null : groupUtf8Characters(allBytes, bytes.length),
    json: text === undefined ? null : readJsonTokens(text, bytes.length),
    decodeFailed: !part.decoding.ok,
  };
}
