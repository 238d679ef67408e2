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

const PREVIEW_HEAD_CHARS = 2_000;
const PREVIEW_TAIL_CHARS = 200;

/** A stretch of what the token box shows: characters `[from, to)` of the token text, or text put in between. */
export type ShownPiece = { from: number; to: number } | { inserted: string };

/** What the box shows of `text`, in order: all of it, or for a large token its start, a marker naming how much is left out, and its end. */
export function splitForDisplay(text: string, marker: (omitted: number) => string): ShownPiece[] {
  if (text.length < LARGE_TOKEN_CHARS) return [{ from: 0, to: text.length }];
  const omitted = text.length - PREVIEW_HEAD_CHARS - PREVIEW_TAIL_CHARS;
  return [{ from: 0, to: PREVIEW_HEAD_CHARS }, { inserted: `\n${marker(omitted)}\n` }, { from: text.length - PREVIEW_TAIL_CHARS, to: text.length }];
}

/** Returns the text of the pieces. */
export function joinShownPieces(text: string, pieces: readonly ShownPiece[]): string {
  return pieces.map((piece) => ('inserted' in piece ? piece.inserted : text.slice(piece.from, piece.to))).join('');
}

/** The start and end of a large token with the middle left out; `marker` names how much is missing. */
export function shortenForDisplay(text: string, marker: (omitted: number) => string): string {
  return text.length < LARGE_TOKEN_CHARS ? text : joinShownPieces(text, splitForDisplay(text, marker));
}
