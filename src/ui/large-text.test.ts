import { describe, expect, it } from 'vitest';
import { applyShownEdit, LARGE_TEXT_CHARS, shortenText, toShownOffset } from './large-text';

const marker = (omitted: number) => `[${omitted} not shown]`;
const LARGE = Array.from({ length: LARGE_TEXT_CHARS + 10 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('shortenText', () => {
  it('shows a text below the size whole', () => {
    expect(shortenText('{"a":1}', marker)).toEqual({ shown: '{"a":1}', head: 7, marker: 0, omitted: 0 });
  });

  it('shows the start, a marker naming what is left out, and the end of a large text', () => {
    const copy = shortenText(LARGE, marker);
    expect(copy.shown.startsWith(LARGE.slice(0, copy.head))).toBe(true);
    expect(copy.shown.endsWith(LARGE.slice(copy.head + copy.omitted))).toBe(true);
    expect(copy.shown).toContain(`[${copy.omitted} not shown]`);
    expect(copy.shown.length).toBeLessThan(3_000);
  });
});

describe('applyShownEdit', () => {
  const copy = shortenText(LARGE, marker);
  const head = LARGE.slice(0, copy.head);
  const tail = LARGE.slice(copy.head + copy.omitted);
  const middle = LARGE.slice(copy.head, copy.head + copy.omitted);
  const label = copy.shown.slice(copy.head, copy.head + copy.marker);

  it.each([
    { name: 'a character typed at the end', edited: `${copy.shown}x`, text: `${LARGE}x` },
    { name: 'a character typed at the start', edited: `x${copy.shown}`, text: `x${LARGE}` },
    { name: 'a character typed in the start', edited: `${head.slice(0, 5)}Z${head.slice(5)}${label}${tail}`, text: `${head.slice(0, 5)}Z${head.slice(5)}${middle}${tail}` },
    { name: 'the last character deleted', edited: copy.shown.slice(0, -1), text: LARGE.slice(0, -1) },
    { name: 'a character typed right after the marker', edited: `${head}${label}Q${tail}`, text: `${head}${middle}Q${tail}` },
    { name: 'a character typed right before the marker', edited: `${head}Q${label}${tail}`, text: `${head}Q${middle}${tail}` },
    { name: 'the marker deleted in part', edited: `${head}${label.slice(0, 3)}${tail}`, text: `${head}${tail}` },
    { name: 'everything replaced', edited: '{}', text: '{}' },
  ])('applies $name to the whole text', ({ edited, text }) => {
    expect(applyShownEdit(LARGE, copy, edited).text).toBe(text);
  });

  it('takes the edited text as it is when the text was shown whole, with the caret after the change', () => {
    expect(applyShownEdit('{"a":1}', shortenText('{"a":1}', marker), '{"a":12}')).toEqual({ text: '{"a":12}', caret: 7 });
  });

  it('puts the caret after the new characters, in the whole text and in its new shown copy', () => {
    const edited = applyShownEdit(LARGE, copy, `${head.slice(0, 5)}Z${head.slice(5)}${label}${tail}`);
    expect(edited.caret).toBe(6);
    expect(toShownOffset(shortenText(edited.text, marker), edited.caret)).toBe(6);
    const atEnd = applyShownEdit(LARGE, copy, `${copy.shown}x`);
    const shown = shortenText(atEnd.text, marker);
    expect(toShownOffset(shown, atEnd.caret)).toBe(shown.shown.length);
  });
});
