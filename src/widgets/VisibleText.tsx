import type { ReactNode } from 'react';
import { formatCodePoint } from '../core/text/character-names';
import { findHiddenCharacters, type HiddenCharacter, type HiddenCharacterKind } from '../core/text/find-hidden-characters';
import { useT, type Translate } from '../i18n/use-t';
import './hidden-char.css';

/** Marks drawn in one text at most; past them the text is shown as it is (a value with a million of them stays cheap). */
export const MAX_MARKS = 1000;

const KIND_WORDS: Record<HiddenCharacterKind, string> = {
  control: 'control',
  format: 'format',
  'bidi-control': 'bidiControl',
  tag: 'tag',
  'variation-selector': 'variationSelector',
  'non-character': 'nonCharacter',
  'lone-surrogate': 'loneSurrogate',
  invisible: 'invisible',
};

// A payload can hold thousands of marks of a few characters: each label is translated once per catalogue.
const labelsByCatalogue = new WeakMap<Translate, Map<number, string>>();

function labelOf(t: Translate, found: HiddenCharacter, code: string): string {
  let labels = labelsByCatalogue.get(t);
  if (!labels) labelsByCatalogue.set(t, (labels = new Map<number, string>()));
  let label = labels.get(found.codePoint);
  if (label === undefined) labels.set(found.codePoint, (label = t('hiddenChar.label', { code, name: found.name ?? 'none', kind: KIND_WORDS[found.kind] })));
  return label;
}

interface MarkProps {
  found: HiddenCharacter;
  character: string;
  /** Keep the text's width (under a transparent textarea): a bar instead of a labelled box. */
  overlay?: boolean;
}

/** One hidden character as a boxed `U+200B` (the UI contract's `hidden-char`), its name on hover and for screen readers. */
export function HiddenCharacterMark({ found, character, overlay = false }: MarkProps) {
  const code = formatCodePoint(found.codePoint);
  const label = labelOf(useT(), found, code);
  return (
    <span
      className={overlay ? 'hidden-char hidden-char-overlay' : 'hidden-char'}
      data-testid="hidden-char"
      data-codepoint={code.slice(2).toLowerCase()}
      data-label={code}
      title={label}
      role="img"
      aria-label={label}
    >
      {character}
    </span>
  );
}

/**
 * Returns `text` with each hidden character (see `findHiddenCharacters`) wrapped in a visible
 * mark, the characters themselves kept inside, so the text content is unchanged; returns `text`
 * itself when it has none, at no cost in elements.
 */
export function showHiddenCharacters(text: string, options: { overlay?: boolean } = {}): ReactNode {
  const found = findHiddenCharacters(text, MAX_MARKS);
  if (found.length === 0) return text;
  const pieces: ReactNode[] = [];
  let from = 0;
  for (const character of found) {
    if (character.start > from) pieces.push(text.slice(from, character.start));
    pieces.push(<HiddenCharacterMark key={character.start} found={character} character={text.slice(character.start, character.end)} overlay={options.overlay} />);
    from = character.end;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}

/** A value from a token or a key, with its invisible and direction-changing characters made visible. */
export function VisibleText({ text }: { text: string }) {
  return <>{showHiddenCharacters(text)}</>;
}
