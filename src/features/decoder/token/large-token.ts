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

/** The start and end of a large token with the middle left out; `marker` names how much is missing. */
export function shortenForDisplay(text: string, marker: (omitted: number) => string): string {
  if (text.length < LARGE_TOKEN_CHARS) return text;
  const omitted = text.length - PREVIEW_HEAD_CHARS - PREVIEW_TAIL_CHARS;
  return `${text.slice(0, PREVIEW_HEAD_CHARS)}\n${marker(omitted)}\n${text.slice(-PREVIEW_TAIL_CHARS)}`;
}
