import type { SegmentRun } from '../../../ui/ColouredToken';
import type { ShownPiece } from './large-token';

/** A part as the mirror needs it: its normalised segment and where it lies in the token text. */
export interface MirroredPart {
  segment: string;
  /** `[start, end)` in the token text, whitespace inside the part included. */
  start: number;
  end: number;
}

/** The token box's text laid out around the parts: what the coloured mirror behind the box draws. */
export interface MirrorLayout {
  /** `outside[i]` is the text before part `i`; the last entry is the text after the last part. */
  outside: string[];
  /** How each part is drawn: its characters and the whitespace or marker between them. */
  runs: SegmentRun[][];
}

const WHITESPACE = /\s+/g;

// The box shows a carriage return (alone or before a line feed) as one line break; so does the mirror.
function asShown(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function countSegmentCharacters(text: string): number {
  return text.replace(WHITESPACE, '').length;
}

/** Appends the runs of `text`, a stretch of a part whose first segment character is at `offset`. */
function appendRuns(runs: SegmentRun[], text: string, offset: number): void {
  let at = 0;
  let from = offset;
  for (const match of text.matchAll(WHITESPACE)) {
    if (match.index > at) runs.push({ from, to: (from += match.index - at) });
    runs.push({ gap: asShown(match[0]) });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ from, to: from + text.length - at });
}

/** The offset in `part`'s segment of the character at `position` of `text`, counting from whichever end the shown stretch holds. */
function segmentOffsetAt(text: string, part: MirroredPart, position: number, stretchEnd: number): number {
  if (position <= part.start) return 0;
  if (stretchEnd >= part.end) return part.segment.length - countSegmentCharacters(text.slice(position, part.end));
  return countSegmentCharacters(text.slice(part.start, position));
}

/**
 * Returns the text the token box shows (`pieces` of `text`) split around the `parts`, for the
 * coloured mirror: the text outside every part as it is, each part as runs of its segment's
 * characters and of what lies between them (line breaks, spaces, the marker of a shortened large
 * token). Parts must be in order and inside `text`; a part the box does not show gets no runs.
 */
export function layoutTokenMirror(text: string, pieces: readonly ShownPiece[], parts: readonly MirroredPart[]): MirrorLayout {
  const outside = Array.from({ length: parts.length + 1 }, () => '');
  const runs = parts.map((): SegmentRun[] => []);
  // The first part that ends after `position`: the part holding it, or the next one.
  const partAt = (position: number) => {
    let index = 0;
    while (index < parts.length && parts[index]!.end <= position) index++;
    return index;
  };
  // The first part that starts at or after `position`.
  const firstPartFrom = (position: number) => {
    let index = 0;
    while (index < parts.length && parts[index]!.start < position) index++;
    return index;
  };
  let shownUpTo = 0;
  for (const [index, piece] of pieces.entries()) {
    if ('inserted' in piece) {
      const next = pieces.slice(index + 1).find((later) => !('inserted' in later));
      const resumesAt = next && !('inserted' in next) ? next.from : text.length;
      const around = partAt(shownUpTo - 1);
      const part = parts[around];
      if (part && shownUpTo > part.start && resumesAt < part.end) runs[around]!.push({ gap: piece.inserted });
      else outside[firstPartFrom(shownUpTo)] += piece.inserted;
      continue;
    }
    let position = piece.from;
    while (position < piece.to) {
      const at = partAt(position);
      const part = parts[at];
      if (!part || position < part.start) {
        const to = Math.min(piece.to, part ? part.start : piece.to);
        outside[at] += asShown(text.slice(position, to));
        position = to;
      } else {
        const to = Math.min(piece.to, part.end);
        appendRuns(runs[at]!, text.slice(position, to), segmentOffsetAt(text, part, position, piece.to));
        position = to;
      }
    }
    shownUpTo = piece.to;
  }
  return { outside, runs };
}

/** Whether the box shows character `index` of `part`'s segment: always for an ordinary token, only in its shown ends for a large one. */
export function isSegmentCharacterShown(text: string, pieces: readonly ShownPiece[], part: MirroredPart, index: number): boolean {
  return pieces.some((piece) => {
    if ('inserted' in piece) return false;
    const from = Math.max(piece.from, part.start);
    const to = Math.min(piece.to, part.end);
    if (from >= to) return false;
    const first = segmentOffsetAt(text, part, from, piece.to);
    return index >= first && index < first + countSegmentCharacters(text.slice(from, to));
  });
}
