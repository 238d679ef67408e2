import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { showHiddenCharacters, VisibleText } from './VisibleText';

function marks() {
  return screen.queryAllByTestId('hidden-char');
}

describe('VisibleText', () => {
  it.each([
    { name: 'a zero-width space inside a word', text: 'adm\u200Bin', codepoints: ['200b'] },
    { name: 'a zero-width space at the end', text: 'admin\u200B', codepoints: ['200b'] },
    { name: 'a word joiner and a BOM', text: 'ad\u2060mi\uFEFFn', codepoints: ['2060', 'feff'] },
    { name: 'a right-to-left override', text: '\u202Enimda', codepoints: ['202e'] },
    { name: 'tag characters', text: 'admin\u{E0061}\u{E007F}', codepoints: ['e0061', 'e007f'] },
    { name: 'a NUL', text: 'a\u0000', codepoints: ['0000'] },
    { name: 'plain text', text: 'admin', codepoints: [] },
  ])('$name: one mark per character, the text content unchanged', async ({ text, codepoints }) => {
    await activateLocale('en');
    const { container } = render(
      <code data-testid="value">
        <VisibleText text={text} />
      </code>,
    );
    expect(marks().map((mark) => mark.dataset.codepoint)).toEqual(codepoints);
    expect(container.textContent).toBe(text);
  });

  it('labels a mark with its code point, its Unicode name and what it is, for hover and for screen readers', async () => {
    await activateLocale('en');
    render(<VisibleText text={'adm\u200Bin\u202E'} />);
    const [space, override] = marks();
    expect(space).toHaveAttribute('data-label', 'U+200B');
    expect(space).toHaveAttribute('title', 'U+200B ZERO WIDTH SPACE: an invisible format character');
    expect(screen.getByRole('img', { name: 'U+200B ZERO WIDTH SPACE: an invisible format character' })).toBe(space);
    expect(override).toHaveAttribute('title', 'U+202E RIGHT-TO-LEFT OVERRIDE: a character that changes the direction of text');
    // The override acts inside its own box only.
    expect(override).toHaveClass('hidden-char');
  });

  it('says what a mark is in Korean', async () => {
    await activateLocale('ko');
    render(<VisibleText text={'a\u{E0061}'} />);
    expect(marks()[0]).toHaveAttribute('title', 'U+E0061 TAG LATIN SMALL LETTER A: 보이지 않는 태그 문자');
    await activateLocale('en');
  });

  it('a mark on the page follows a change of language, as does a mark of the same character drawn after it', async () => {
    await activateLocale('en');
    render(<VisibleText text={'a\u{E0061}'} />);
    expect(marks()[0]).toHaveAttribute('title', 'U+E0061 TAG LATIN SMALL LETTER A: an invisible tag character');
    await act(() => activateLocale('ko'));
    expect(marks()[0]).toHaveAttribute('title', 'U+E0061 TAG LATIN SMALL LETTER A: 보이지 않는 태그 문자');
    render(<VisibleText text={'b\u{E0061}'} />);
    expect(marks()[1]).toHaveAttribute('title', 'U+E0061 TAG LATIN SMALL LETTER A: 보이지 않는 태그 문자');
    await act(() => activateLocale('en'));
    expect(marks().map((mark) => mark.title)).toEqual(Array(2).fill('U+E0061 TAG LATIN SMALL LETTER A: an invisible tag character'));
  });

  it('names a character Unicode has no name for by its code point alone', async () => {
    await activateLocale('en');
    render(<VisibleText text={'a\u2065'} />);
    expect(marks()[0]).toHaveAttribute('title', 'U+2065: an invisible character');
  });

  it('returns the text itself when nothing is hidden, and marks under a text box keep the width', () => {
    expect(showHiddenCharacters('admin')).toBe('admin');
    render(<>{showHiddenCharacters('a\u200Bb', { overlay: true })}</>);
    expect(marks()[0]).toHaveClass('hidden-char-overlay');
  });
});
