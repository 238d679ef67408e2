import type { OffsetRange } from '../../inspect-token';
import type { LensPart } from './lens-part';
import { spanOfBytes, spanOfChars, type LensSpan } from './lens-span';

/** The lens's four layers, equal to the UI contract's `data-layer` values, top to bottom. */
export type LensLayer = 'chars' | 'sextets' | 'bytes' | 'json';

export const LENS_LAYERS: readonly LensLayer[] = ['chars', 'sextets', 'bytes', 'json'];

/** A selection as made: cells `anchor` to `focus` (either order, both included) of one layer; a JSON cell is a token. */
export interface LensCursor {
  layer: LensLayer;
  anchor: number;
  focus: number;
}

/** Returns how many cells a layer of the part has (its characters, bytes or JSON tokens shown). */
export function countLensCells(part: LensPart, layer: LensLayer): number {
  if (layer === 'json') return part.json?.tokens.length ?? 0;
  return layer === 'bytes' ? part.size.bytes : part.size.chars;
}

/** Returns the cells `[first, last + 1)` a cursor covers in its own layer; does not clamp them to the part. */
export function toCursorCells(cursor: LensCursor): OffsetRange {
  return { start: Math.min(cursor.anchor, cursor.focus), end: Math.max(cursor.anchor, cursor.focus) + 1 };
}

/**
 * Returns the span a cursor selects in every layer: characters (or their values) map to the bytes
 * they carry, bytes and JSON tokens to the characters carrying them. Cells past the part are clamped.
 */
export function resolveLensSpan(cursor: LensCursor, part: LensPart): LensSpan {
  const count = countLensCells(part, cursor.layer);
  const cells = toCursorCells(cursor);
  const start = Math.max(0, Math.min(cells.start, count));
  const end = Math.max(start, Math.min(cells.end, count));
  if (cursor.layer === 'chars' || cursor.layer === 'sextets') return spanOfChars({ start, end }, part.size);
  if (cursor.layer === 'bytes') return spanOfBytes({ start, end }, part.size);
  const tokens = part.json?.tokens ?? [];
  const first = tokens[start];
  const last = tokens[end - 1];
  const bytes = first && last ? { start: first.bytes.start, end: Math.min(last.bytes.end, part.size.bytes) } : { start: 0, end: 0 };
  return spanOfBytes(bytes, part.size);
}

/** Returns the cells `[start, end)` of `layer` that share a byte with the span (for JSON, the tokens touching its bytes). */
export function findLayerCells(span: LensSpan, layer: LensLayer, part: LensPart): OffsetRange {
  if (layer === 'chars' || layer === 'sextets') return span.chars;
  if (layer === 'bytes') return span.bytes;
  const tokens = part.json?.tokens ?? [];
  let start = 0;
  while (start < tokens.length && (tokens[start]?.bytes.end ?? 0) <= span.bytes.start) start++;
  let end = start;
  while (end < tokens.length && (tokens[end]?.bytes.start ?? 0) < span.bytes.end) end++;
  return { start, end };
}

/** Returns the cursor a part opens with: its first whole multi-byte UTF-8 character, else its first byte; null when it has no bytes. */
export function createFirstLensCursor(part: LensPart): LensCursor | null {
  if (part.size.bytes === 0) return null;
  const character = part.characters?.find((candidate) => candidate.end - candidate.start > 1 && candidate.complete && candidate.codePoint !== null);
  return character ? { layer: 'bytes', anchor: character.start, focus: character.end - 1 } : { layer: 'bytes', anchor: 0, focus: 0 };
}
