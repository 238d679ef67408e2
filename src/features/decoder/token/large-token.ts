/**
 * From this many characters a token is "large": the input box shows a shortened copy and the panes
 * render a prefix (layout, not decoding, is what costs seconds for a megabyte: docs/decisions/004).
 */
export const LARGE_TOKEN_CHARS = 64 * 1024;

/**
 * From this many characters decoding moves to a worker. Below it decoding takes a few milliseconds,
 * less than starting a worker; above it, tens of milliseconds that would block typing.
 */
export const WORKER_DECODE_CHARS = 256 * 1024;

/** A stretch of what the token box shows: characters `[from, to)` of the token text, or text put in between. */
export type ShownPiece = { from: number; to: number } | { inserted: string };

/** How many characters of a large token's start (`head`) and end (`tail`) the box shows. */
export interface ShownEnds {
  head: number;
  tail: number;
}

/** What the box shows of a large token until an edit makes it show more of one end. */
export const DEFAULT_SHOWN_ENDS: ShownEnds = { head: 2_000, tail: 200 };

const CARRIAGE_RETURN = 13;

/**
 * What the box shows of `text`, in order: all of it, or for a large token its start, a marker
 * naming how much is left out, and its end (`ends` long, within the text).
 */
export function splitForDisplay(text: string, marker: (omitted: number) => string, ends: ShownEnds = DEFAULT_SHOWN_ENDS): ShownPiece[] {
  if (text.length < LARGE_TOKEN_CHARS) return [{ from: 0, to: text.length }];
  const tailStart = Math.max(text.length - ends.tail, 1);
  let headEnd = Math.min(ends.head, tailStart - 1);
  // A box reads CR LF as one line break: a start ending in CR would merge with the marker's line break.
  while (headEnd > 0 && text.charCodeAt(headEnd - 1) === CARRIAGE_RETURN) headEnd -= 1;
  return [{ from: 0, to: headEnd }, { inserted: `\n${marker(tailStart - headEnd)}\n` }, { from: tailStart, to: text.length }];
}

/** Returns the text of the pieces. */
export function joinShownPieces(text: string, pieces: readonly ShownPiece[]): string {
  return pieces.map((piece) => ('inserted' in piece ? piece.inserted : text.slice(piece.from, piece.to))).join('');
}

/** The start and end of a large token with the middle left out; `marker` names how much is missing. */
export function shortenForDisplay(text: string, marker: (omitted: number) => string): string {
  return text.length < LARGE_TOKEN_CHARS ? text : joinShownPieces(text, splitForDisplay(text, marker));
}
