import { DEFAULT_SHOWN_ENDS, type ShownEnds, type ShownPiece } from './large-token';

/** Characters `[from, to)` of a text replaced by `inserted`. */
export interface TextEdit {
  from: number;
  to: number;
  inserted: string;
}

/**
 * Why an edit of a large token's shortened copy is not applied: it falls inside the marker that
 * stands for the left-out middle, or it would put the marker's own text into the token.
 */
export type RefusedEditReason = 'inside-marker' | 'marker-text';

/** An edit of the box mapped onto the whole token, or why it cannot be; `boxAt` is where the box's caret goes back to. */
export type MappedEdit = { ok: true; edit: TextEdit } | { ok: false; reason: RefusedEditReason; boxAt: number };

/** Returns `text` as a text box reports it: a CR LF pair or a lone CR is one line feed. */
export function toBoxText(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** One piece as the box holds it: from `box` to `boxEnd` in the box's text. */
interface BoxStretch {
  box: number;
  boxEnd: number;
  piece: ShownPiece;
  /** The piece's text as it is in the token (or the marker). */
  raw: string;
}

interface BoxLayout {
  value: string;
  stretches: BoxStretch[];
}

function layOutBox(text: string, pieces: readonly ShownPiece[]): BoxLayout {
  const stretches: BoxStretch[] = [];
  let value = '';
  for (const piece of pieces) {
    const raw = 'inserted' in piece ? piece.inserted : text.slice(piece.from, piece.to);
    const shown = toBoxText(raw);
    stretches.push({ box: value.length, boxEnd: value.length + shown.length, piece, raw });
    value += shown;
  }
  return { value, stretches };
}

/** Returns what the box holds for `pieces` of `text`: their text, with line breaks as the box reports them. */
export function joinBoxText(text: string, pieces: readonly ShownPiece[]): string {
  return layOutBox(text, pieces).value;
}

/** The offset in `raw` of the `at`-th character of its box text (a CR LF pair counts once). */
function rawOffsetOf(raw: string, at: number): number {
  if (!raw.includes('\r')) return at;
  let boxed = 0;
  let index = 0;
  while (boxed < at && index < raw.length) {
    index += raw.charCodeAt(index) === 13 && raw.charCodeAt(index + 1) === 10 ? 2 : 1;
    boxed += 1;
  }
  return index;
}

/** The token offset of box offset `at`, or null when it lies inside a marker (its edges belong to the text beside it). */
function toTextOffset(layout: BoxLayout, at: number): number | null {
  for (const { box, boxEnd, piece, raw } of layout.stretches) {
    if ('inserted' in piece || at < box || at > boxEnd) continue;
    return piece.from + rawOffsetOf(raw, at - box);
  }
  return null;
}

/** Returns the token range `[from, to)` that box range `[boxFrom, boxTo)` covers, or null when an end lies inside a marker. */
export function mapBoxRange(text: string, pieces: readonly ShownPiece[], boxFrom: number, boxTo: number): { from: number; to: number } | null {
  const layout = layOutBox(text, pieces);
  const from = toTextOffset(layout, boxFrom);
  const to = toTextOffset(layout, boxTo);
  return from === null || to === null || to < from ? null : { from, to };
}

/**
 * Returns the token range `[from, to)` that box range `[boxFrom, boxTo)` covers, an end inside a
 * marker moved outwards to the marker's edge (a copy takes all the characters the marker stands for).
 */
export function mapBoxRangeOutwards(text: string, pieces: readonly ShownPiece[], boxFrom: number, boxTo: number): { from: number; to: number } {
  const layout = layOutBox(text, pieces);
  const markerAround = (at: number) => layout.stretches.find(({ box, boxEnd, piece }) => 'inserted' in piece && at > box && at < boxEnd);
  const from = toTextOffset(layout, markerAround(boxFrom)?.box ?? boxFrom) ?? 0;
  const to = toTextOffset(layout, markerAround(boxTo)?.boxEnd ?? boxTo) ?? text.length;
  return { from, to: Math.max(from, to) };
}

/** Returns the box offset of token offset `at`, or null when the box does not show it (it lies in the left-out middle). */
export function mapTextOffsetToBox(text: string, pieces: readonly ShownPiece[], at: number): number | null {
  for (const { box, piece, raw } of layOutBox(text, pieces).stretches) {
    if ('inserted' in piece || at < piece.from || at > piece.to) continue;
    return box + toBoxText(raw.slice(0, at - piece.from)).length;
  }
  return null;
}

function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

function commonSuffixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length += 1;
  return length;
}

/**
 * Returns the edit that turns `before` into `after`: the changed stretch between their common start
 * and end, read so that it ends at `caret` (the caret after the change) where that is ambiguous.
 */
export function findTextEdit(before: string, after: string, caret = after.length): TextEdit {
  const shorter = Math.min(before.length, after.length);
  const keptAtEnd = Math.min(commonSuffixLength(before, after), Math.max(after.length - caret, 0), shorter);
  const kept = Math.min(commonPrefixLength(before, after), shorter - keptAtEnd);
  return { from: kept, to: before.length - keptAtEnd, inserted: after.slice(kept, after.length - keptAtEnd) };
}

/** Whether `inserted` carries the text of one of the markers among `pieces`. */
function holdsMarkerText(inserted: string, pieces: readonly ShownPiece[]): boolean {
  return pieces.some((piece) => 'inserted' in piece && piece.inserted.trim() !== '' && inserted.includes(piece.inserted.trim()));
}

/**
 * Maps an edit of the box, which showed `pieces` of `text` and now holds `boxValue`, onto the whole
 * token. The edit is found by comparing the box's text before and after; where that is ambiguous
 * (a line break typed beside the marker's own) the reading anchored at `caret` (the box's caret
 * after the edit) comes first, then the readings that keep the marker whole. Returns the edit of
 * `text`, or why none applies; it does not check that the result is a token.
 */
export function mapBoxEdit(text: string, pieces: readonly ShownPiece[], boxValue: string, caret?: number): MappedEdit {
  const layout = layOutBox(text, pieces);
  const before = layout.value;
  const shorter = Math.min(before.length, boxValue.length);
  const prefix = commonPrefixLength(before, boxValue);
  const suffix = commonSuffixLength(before, boxValue);
  // Each reading is [kept at the start, kept at the end] of the box text.
  const readings: [number, number][] = [];
  if (caret !== undefined && caret >= 0 && caret <= boxValue.length) {
    const end = Math.min(suffix, boxValue.length - caret, shorter);
    readings.push([Math.min(prefix, shorter - end), end]);
  }
  const start = Math.min(prefix, shorter);
  readings.push([start, Math.min(suffix, shorter - start)]);
  const end = Math.min(suffix, shorter);
  readings.push([Math.min(prefix, shorter - end), end]);
  for (const [kept, keptAtEnd] of readings) {
    const from = toTextOffset(layout, kept);
    const to = toTextOffset(layout, before.length - keptAtEnd);
    if (from === null || to === null || to < from) continue;
    const inserted = boxValue.slice(kept, boxValue.length - keptAtEnd);
    if (holdsMarkerText(inserted, pieces)) return { ok: false, reason: 'marker-text', boxAt: kept };
    return { ok: true, edit: { from, to, inserted } };
  }
  return { ok: false, reason: 'inside-marker', boxAt: readings[0]![0] };
}

/**
 * Maps a replacement of box range `[boxFrom, boxTo)` by `inserted` (a paste) onto the whole token,
 * or says why it cannot be.
 */
export function mapBoxReplacement(text: string, pieces: readonly ShownPiece[], boxFrom: number, boxTo: number, inserted: string): MappedEdit {
  const range = mapBoxRange(text, pieces, boxFrom, boxTo);
  if (range === null) return { ok: false, reason: 'inside-marker', boxAt: boxFrom };
  if (holdsMarkerText(inserted, pieces)) return { ok: false, reason: 'marker-text', boxAt: boxFrom };
  return { ok: true, edit: { ...range, inserted } };
}

/** Returns `text` with `edit` applied. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.inserted + text.slice(edit.to);
}

/** Returns the edit that takes the result of `edit` on `text` back to `text`. */
export function invertTextEdit(text: string, edit: TextEdit): TextEdit {
  return { from: edit.from, to: edit.from + edit.inserted.length, inserted: text.slice(edit.from, edit.to) };
}

/**
 * Returns one undo step doing what undoing `later` then `earlier` does (undo steps of two edits in a
 * row), when the edits continue the same typing or deleting; null when they do not.
 */
export function mergeUndoSteps(earlier: TextEdit, later: TextEdit): TextEdit | null {
  // Characters typed one after another: one step removes them all.
  if (earlier.inserted === '' && later.inserted === '' && later.from === earlier.to) return { from: earlier.from, to: later.to, inserted: '' };
  if (earlier.from !== earlier.to || later.from !== later.to) return null;
  // Characters deleted backwards (Backspace) or forwards (Delete) one after another: one step puts them all back.
  if (later.from + later.inserted.length === earlier.from) return { from: later.from, to: later.from, inserted: later.inserted + earlier.inserted };
  if (later.from === earlier.from) return { from: earlier.from, to: earlier.from, inserted: earlier.inserted + later.inserted };
  return null;
}

/**
 * Returns the ends the box shows of the token after `edit` of `text` (shown with `ends`): an edit
 * in the shown start or end grows or shrinks that end with it, so the typed characters stay in
 * view, up to `limit` characters more than the default; an edit across the left-out middle starts
 * again from the default.
 */
export function shownEndsAfterEdit(text: string, ends: ShownEnds, edit: TextEdit, limit: number): ShownEnds {
  const change = edit.inserted.length - (edit.to - edit.from);
  const tailStart = text.length - ends.tail;
  const within = (length: number, fallback: number) => Math.min(Math.max(length, fallback), fallback + limit);
  if (edit.to <= ends.head) return { head: within(ends.head + change, DEFAULT_SHOWN_ENDS.head), tail: ends.tail };
  if (edit.from >= tailStart) return { head: ends.head, tail: within(ends.tail + change, DEFAULT_SHOWN_ENDS.tail) };
  return DEFAULT_SHOWN_ENDS;
}
