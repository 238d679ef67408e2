/**
 * From this many characters a box for long text (the encoder's editors and key, the decoder's key)
 * shows a shortened copy of its text and the JSON editors stop colouring: laying out megabytes of
 * text in a box costs seconds of a frozen page.
 */
export const LARGE_TEXT_CHARS = 64 * 1024;

const HEAD_CHARS = 2_000;
const TAIL_CHARS = 200;

/** What a box shows of a text: the text itself, or its start, a marker and its end. */
export interface ShownCopy {
  /** The box's text. */
  shown: string;
  /** Characters of the text at the start of `shown`. */
  head: number;
  /** Characters of the marker after them (0 when the text is shown whole). */
  marker: number;
  /** Characters of the text left out where the marker is. */
  omitted: number;
}

/** What a box shows of `text`: all of it, or for a large text its start, a marker naming how much is left out, and its end. */
export function shortenText(text: string, marker: (omitted: number) => string): ShownCopy {
  if (text.length < LARGE_TEXT_CHARS) return { shown: text, head: text.length, marker: 0, omitted: 0 };
  const omitted = text.length - HEAD_CHARS - TAIL_CHARS;
  const label = `\n${marker(omitted)}\n`;
  return { shown: `${text.slice(0, HEAD_CHARS)}${label}${text.slice(text.length - TAIL_CHARS)}`, head: HEAD_CHARS, marker: label.length, omitted };
}

/** Where offset `offset` of the shown copy is in the text; inside the marker, `from` says which end of the omitted middle. */
function toTextOffset(copy: ShownCopy, offset: number, from: 'start' | 'end'): number {
  if (offset <= copy.head) return offset;
  if (offset < copy.head + copy.marker) return from === 'start' ? copy.head : copy.head + copy.omitted;
  return offset - copy.marker + copy.omitted;
}

/** A text after an edit, and where in it the edit's new characters end (where the caret goes). */
export interface EditedText {
  text: string;
  caret: number;
}

/**
 * Returns `text` with the edit that turned the shown copy `copy.shown` into `edited` made to it: the
 * change (what lies between their common start and end) replaces the same characters of the text.
 * A change that touches the marker replaces the whole omitted middle too, so typing in the start or
 * the end of a shortened copy edits the text in place and never loses the part not shown.
 */
export function applyShownEdit(text: string, copy: ShownCopy, edited: string): EditedText {
  const before = copy.shown;
  let start = 0;
  const shorter = Math.min(before.length, edited.length);
  while (start < shorter && before.charCodeAt(start) === edited.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === edited.charCodeAt(edited.length - 1 - end)) end++;
  const from = toTextOffset(copy, start, 'start');
  const to = toTextOffset(copy, before.length - end, 'end');
  const inserted = edited.slice(start, edited.length - end);
  return { text: `${text.slice(0, from)}${inserted}${text.slice(to)}`, caret: from + inserted.length };
}

/** Where the character at `offset` of the text is in its shown copy; a place in the omitted middle is just after the marker. */
export function toShownOffset(copy: ShownCopy, offset: number): number {
  if (offset <= copy.head) return offset;
  return copy.head + copy.marker + Math.max(0, offset - copy.head - copy.omitted);
}
