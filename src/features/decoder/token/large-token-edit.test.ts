import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOWN_ENDS, LARGE_TOKEN_CHARS, splitForDisplay, type ShownPiece } from './large-token';
import {
  applyTextEdit,
  findTextEdit,
  invertTextEdit,
  joinBoxText,
  mapBoxEdit,
  mapBoxRangeOutwards,
  mapBoxReplacement,
  mapTextOffsetToBox,
  mergeUndoSteps,
  shownEndsAfterEdit,
  toBoxText,
  type TextEdit,
} from './large-token-edit';

const marker = (omitted: number) => `[… ${omitted} characters not shown …]`;
const MARKER_TEXT = (text: string) => `\n${marker(text.length - 2_200)}\n`;

// A large token whose characters say where they are: no two neighbours alike, so a test sees a misplaced edit.
const TEXT = Array.from({ length: LARGE_TOKEN_CHARS + 1_000 }, (_, index) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index % 26]).join('');
const PIECES = splitForDisplay(TEXT, marker);
const BOX = joinBoxText(TEXT, PIECES);
const HEAD_END = 2_000;
const MARKER_START = HEAD_END;
const MARKER_END = HEAD_END + MARKER_TEXT(TEXT).length;

/** The box after replacing its `[from, to)` by `typed`, and where its caret then is. */
function typeInBox(box: string, from: number, to: number, typed: string): [string, number] {
  return [box.slice(0, from) + typed + box.slice(to), from + typed.length];
}

/** How `text` differs from TEXT, in few characters: where, how many characters went, what came (a failure prints this, not 65 K characters). */
function changeFromText(text: string): { at: number; removed: number; inserted: string } {
  let at = 0;
  while (at < text.length && at < TEXT.length && text[at] === TEXT[at]) at += 1;
  let kept = 0;
  while (kept < text.length - at && kept < TEXT.length - at && text[text.length - 1 - kept] === TEXT[TEXT.length - 1 - kept]) kept += 1;
  return { at, removed: TEXT.length - at - kept, inserted: text.slice(at, text.length - kept) };
}

/** The whole token after the box edit, as its change from TEXT, or why the edit was refused. */
function editedText(box: string, from: number, to: number, typed: string, { withCaret = true } = {}) {
  const [after, caret] = typeInBox(box, from, to, typed);
  const mapped = mapBoxEdit(TEXT, PIECES, after, withCaret ? caret : undefined);
  return mapped.ok ? changeFromText(applyTextEdit(TEXT, mapped.edit)) : { refused: mapped.reason };
}

describe('mapBoxEdit: an edit of the shortened copy applies to the whole token', () => {
  it('lays the box out as start, marker, end', () => {
    expect(BOX.slice(MARKER_START, MARKER_END)).toBe(MARKER_TEXT(TEXT));
    expect(BOX.length).toBe(MARKER_END + 200);
  });

  it.each([
    ['a character typed at the end', BOX.length, BOX.length, 'x', `${TEXT}x`],
    ['a character typed at the start', 0, 0, 'x', `x${TEXT}`],
    ['Backspace at the end', BOX.length - 1, BOX.length, '', TEXT.slice(0, -1)],
    ['Delete at the start', 0, 1, '', TEXT.slice(1)],
    ['a character typed inside the shown start', 10, 10, 'x', `${TEXT.slice(0, 10)}x${TEXT.slice(10)}`],
    ['a character typed inside the shown end', BOX.length - 50, BOX.length - 50, 'x', `${TEXT.slice(0, -50)}x${TEXT.slice(-50)}`],
    ['a character typed at the end of the shown start', HEAD_END, HEAD_END, 'x', `${TEXT.slice(0, HEAD_END)}x${TEXT.slice(HEAD_END)}`],
    ['a character typed at the start of the shown end', MARKER_END, MARKER_END, 'x', `${TEXT.slice(0, -200)}x${TEXT.slice(-200)}`],
    ['a line break typed before the marker, beside its own', HEAD_END, HEAD_END, '\n', `${TEXT.slice(0, HEAD_END)}\n${TEXT.slice(HEAD_END)}`],
    ['a line break typed after the marker, beside its own', MARKER_END, MARKER_END, '\n', `${TEXT.slice(0, -200)}\n${TEXT.slice(-200)}`],
    ['a replaced selection inside the shown start', 5, 8, 'xy', `${TEXT.slice(0, 5)}xy${TEXT.slice(8)}`],
    ['select all, then type', 0, BOX.length, 'a.b.c', 'a.b.c'],
    ['select all, then Delete', 0, BOX.length, '', ''],
    ['a selection across the marker deleted', 100, BOX.length - 100, '', TEXT.slice(0, 100) + TEXT.slice(-100)],
    ['exactly the marker selected and replaced', MARKER_START, MARKER_END, '.', `${TEXT.slice(0, HEAD_END)}.${TEXT.slice(-200)}`],
  ])('%s', (_name, from, to, typed, expected) => {
    expect(editedText(BOX, from, to, typed)).toEqual(changeFromText(expected));
  });

  it.each([
    ['a character typed inside the marker', MARKER_START + 5, MARKER_START + 5, 'x'],
    ['Backspace just after the marker (its own line break)', MARKER_END - 1, MARKER_END, ''],
    ['Delete just before the marker (its own line break)', MARKER_START, MARKER_START + 1, ''],
    ['a selection from the shown start into the marker, replaced', 1_990, MARKER_START + 3, 'x'],
    ['a selection from inside the marker to the end, deleted', MARKER_START + 3, BOX.length, ''],
  ])('refuses %s: the marker stands for characters the box does not have', (_name, from, to, typed) => {
    expect(editedText(BOX, from, to, typed)).toEqual({ refused: 'inside-marker' });
  });

  it('puts the caret back where the refused edit began', () => {
    const [after] = typeInBox(BOX, MARKER_START + 5, MARKER_START + 5, 'x');
    expect(mapBoxEdit(TEXT, PIECES, after, MARKER_START + 6)).toEqual({ ok: false, reason: 'inside-marker', boxAt: MARKER_START + 5 });
  });

  it('refuses putting the marker text into the token (the box text dragged or pasted back in)', () => {
    expect(editedText(BOX, BOX.length, BOX.length, BOX)).toEqual({ refused: 'marker-text' });
    expect(editedText(BOX, 10, 10, MARKER_TEXT(TEXT).trim())).toEqual({ refused: 'marker-text' });
  });

  it.each([
    ['typed at the end', BOX.length, BOX.length, 'Z', `${TEXT}Z`],
    ['a line break before the marker', HEAD_END, HEAD_END, '\n', `${TEXT.slice(0, HEAD_END)}\n${TEXT.slice(HEAD_END)}`],
    ['Backspace at the end', BOX.length - 1, BOX.length, '', TEXT.slice(0, -1)],
  ])('without the caret, still finds an edit %s', (_name, from, to, typed, expected) => {
    expect(editedText(BOX, from, to, typed, { withCaret: false })).toEqual(changeFromText(expected));
  });

  it('maps through line breaks the box reads as one (CR LF) and a start that would end in CR', () => {
    const text = `ab\r\ncd\r\n${'e'.repeat(1_991)}\r${TEXT}`;
    const pieces = splitForDisplay(text, marker);
    // The CR at 1,999 would merge with the marker's line break, so the shown start stops before it.
    expect(pieces[0]).toEqual({ from: 0, to: 1_999 });
    const box = joinBoxText(text, pieces);
    expect(box.startsWith('ab\ncd\n')).toBe(true);
    // "x" typed after "ab\ncd" in the box lands after "ab\r\ncd" in the token.
    expect(mapBoxEdit(text, pieces, `ab\ncdx${box.slice(5)}`, 6)).toEqual({ ok: true, edit: { from: 6, to: 6, inserted: 'x' } });
    expect(mapBoxEdit(text, pieces, `${box}x`, box.length + 1)).toEqual({ ok: true, edit: { from: text.length, to: text.length, inserted: 'x' } });
    expect(mapTextOffsetToBox(text, pieces, 6)).toBe(5);
    expect(mapTextOffsetToBox(text, pieces, text.length)).toBe(box.length);
  });

  it('maps an ordinary token one to one (its pieces are the whole text)', () => {
    const pieces: ShownPiece[] = [{ from: 0, to: 5 }];
    expect(mapBoxEdit('a.b.c', pieces, 'a.bx.c', 4)).toEqual({ ok: true, edit: { from: 3, to: 3, inserted: 'x' } });
  });
});

describe('findTextEdit', () => {
  it.each([
    ['a character typed', 'a.b.c', 'a.bx.c', 4, { from: 3, to: 3, inserted: 'x' }],
    ['a character deleted', 'a.bc.d', 'a.b.d', 3, { from: 3, to: 4, inserted: '' }],
    ['a repeated character typed: the reading that ends at the caret', 'aaa', 'aaaa', 2, { from: 1, to: 1, inserted: 'a' }],
    ['everything replaced', 'abc', 'xyz', 3, { from: 0, to: 3, inserted: 'xyz' }],
    ['line breaks the box normalised', 'a\r\nb', 'a\nbx', 4, { from: 1, to: 4, inserted: '\nbx' }],
  ])('%s', (_name, before, after, caret, expected) => {
    expect(findTextEdit(before, after, caret)).toEqual(expected);
    expect(applyTextEdit(before, expected)).toBe(after);
  });
});

describe('mapBoxReplacement (a paste over the selection)', () => {
  it.each([
    ['over everything', 0, BOX.length, 'small', { ok: true, edit: { from: 0, to: TEXT.length, inserted: 'small' } }],
    ['at the end', BOX.length, BOX.length, 'more', { ok: true, edit: { from: TEXT.length, to: TEXT.length, inserted: 'more' } }],
    ['across the marker', 10, MARKER_END + 10, '-', { ok: true, edit: { from: 10, to: TEXT.length - 190, inserted: '-' } }],
    ['into the marker', MARKER_START + 2, MARKER_START + 2, 'x', { ok: false, reason: 'inside-marker', boxAt: MARKER_START + 2 }],
    ['of the box text itself', 0, 0, BOX, { ok: false, reason: 'marker-text', boxAt: 0 }],
  ])('%s', (_name, from, to, pasted, expected) => {
    expect(mapBoxReplacement(TEXT, PIECES, from, to, pasted)).toEqual(expected);
  });
});

describe('mapBoxRangeOutwards (a copy)', () => {
  it.each([
    ['everything', 0, BOX.length, 0, TEXT.length],
    ['part of the shown start', 3, 9, 3, 9],
    ['part of the shown end', BOX.length - 9, BOX.length - 3, TEXT.length - 9, TEXT.length - 3],
    ['a selection ending inside the marker: all it stands for', 5, MARKER_START + 4, 5, TEXT.length - 200],
    ['a selection starting inside the marker: all it stands for', MARKER_START + 4, BOX.length, HEAD_END, TEXT.length],
  ])('%s', (_name, boxFrom, boxTo, from, to) => {
    expect(mapBoxRangeOutwards(TEXT, PIECES, boxFrom, boxTo)).toEqual({ from, to });
  });
});

describe('mapTextOffsetToBox', () => {
  it.each([
    [0, 0],
    [HEAD_END, HEAD_END],
    [HEAD_END + 1, null],
    [TEXT.length - 201, null],
    [TEXT.length - 200, MARKER_END],
    [TEXT.length, BOX.length],
  ])('token offset %i is box offset %s', (offset, expected) => {
    expect(mapTextOffsetToBox(TEXT, PIECES, offset)).toBe(expected);
  });
});

describe('applyTextEdit and invertTextEdit', () => {
  it.each<[string, TextEdit]>([
    ['an insertion', { from: 2, to: 2, inserted: 'xyz' }],
    ['a deletion', { from: 1, to: 4, inserted: '' }],
    ['a replacement', { from: 0, to: 6, inserted: 'q' }],
  ])('%s is undone by its inverse', (_name, edit) => {
    const text = 'abcdef';
    const edited = applyTextEdit(text, edit);
    expect(applyTextEdit(edited, invertTextEdit(text, edit))).toBe(text);
  });
});

describe('mergeUndoSteps', () => {
  it.each<[string, TextEdit, TextEdit, TextEdit | null]>([
    ['two characters typed in a row', { from: 5, to: 6, inserted: '' }, { from: 6, to: 7, inserted: '' }, { from: 5, to: 7, inserted: '' }],
    ['two Backspaces in a row', { from: 5, to: 5, inserted: 'c' }, { from: 4, to: 4, inserted: 'b' }, { from: 4, to: 4, inserted: 'bc' }],
    ['two Deletes in a row', { from: 5, to: 5, inserted: 'c' }, { from: 5, to: 5, inserted: 'd' }, { from: 5, to: 5, inserted: 'cd' }],
    ['typing elsewhere', { from: 5, to: 6, inserted: '' }, { from: 9, to: 10, inserted: '' }, null],
    ['a character typed, then Backspace', { from: 5, to: 6, inserted: '' }, { from: 5, to: 5, inserted: 'x' }, null],
    ['a replacement', { from: 5, to: 6, inserted: 'ab' }, { from: 6, to: 7, inserted: '' }, null],
  ])('%s', (_name, earlier, later, expected) => {
    expect(mergeUndoSteps(earlier, later)).toEqual(expected);
  });

  it('a merged step undoes both edits', () => {
    const text = 'abcdef';
    const first = { from: 3, to: 3, inserted: 'x' };
    const afterFirst = applyTextEdit(text, first);
    const second = { from: 4, to: 4, inserted: 'y' };
    const afterSecond = applyTextEdit(afterFirst, second);
    const merged = mergeUndoSteps(invertTextEdit(text, first), invertTextEdit(afterFirst, second));
    expect(merged && applyTextEdit(afterSecond, merged)).toBe(text);
  });
});

describe('shownEndsAfterEdit', () => {
  const ends = DEFAULT_SHOWN_ENDS;
  it.each([
    ['typing at the end of the shown start grows it', { from: 2_000, to: 2_000, inserted: 'xy' }, { head: 2_002, tail: 200 }],
    ['typing at the start of the shown end grows it', { from: TEXT.length - 200, to: TEXT.length - 200, inserted: 'x' }, { head: 2_000, tail: 201 }],
    ['deleting in the shown start keeps its default length', { from: 10, to: 20, inserted: '' }, { head: 2_000, tail: 200 }],
    ['a long paste in the shown start grows it only so far', { from: 0, to: 0, inserted: 'x'.repeat(10_000) }, { head: 6_000, tail: 200 }],
    ['an edit across the middle starts again', { from: 10, to: TEXT.length - 10, inserted: 'x' }, DEFAULT_SHOWN_ENDS],
  ])('%s', (_name, edit, expected) => {
    expect(shownEndsAfterEdit(TEXT, ends, edit, 4_000)).toEqual(expected);
  });

  it('keeps what was typed in view: the box shows it after the edit', () => {
    const edit = { from: 2_000, to: 2_000, inserted: 'typed' };
    const edited = applyTextEdit(TEXT, edit);
    const box = joinBoxText(edited, splitForDisplay(edited, marker, shownEndsAfterEdit(TEXT, ends, edit, 4_000)));
    expect(box).toContain(`${TEXT.slice(1_990, 2_000)}typed\n`);
  });
});

describe('toBoxText', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\n\rb', 'a\n\nb'],
    ['plain', 'plain'],
  ])('%j reads as %j', (text, expected) => {
    expect(toBoxText(text)).toBe(expected);
  });
});
