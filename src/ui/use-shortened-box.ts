import { useCallback, useLayoutEffect, useMemo, useRef, type ChangeEvent, type ClipboardEvent } from 'react';
import { applyShownEdit, LARGE_TEXT_CHARS, shortenText, toShownOffset, type ShownCopy } from './large-text';

/** What a text box is given to show a text through a shortened copy. */
export interface ShortenedBoxProps {
  ref: (box: HTMLTextAreaElement | null) => void;
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
}

/**
 * A box for a text that may be megabytes long: below LARGE_TEXT_CHARS it shows the text, from there a
 * shortened copy (start, marker, end) in which typing, deleting and pasting edit the whole text in
 * place. A large insertion (a paste, or text put in at once as Playwright's `fill` does) goes
 * straight to `onChange`, never into the box, where laying it out would freeze the page. `marker`
 * names how many characters are left out; a new function makes a new copy, so keep it stable.
 */
export function useShortenedBox(
  text: string,
  onChange: (text: string) => void,
  marker: (omitted: number) => string,
): { copy: ShownCopy; box: ShortenedBoxProps } {
  const copy = useMemo(() => shortenText(text, marker), [text, marker]);
  const boxRef = useRef<HTMLTextAreaElement | null>(null);
  const listenerRef = useRef<((event: InputEvent) => void) | null>(null);
  const caretRef = useRef<number | null>(null);
  const latest = useRef({ text, copy, onChange });
  useLayoutEffect(() => {
    latest.current = { text, copy, onChange };
  });

  // The box's edited text (its copy with the user's change) applied to the whole text.
  const edit = useCallback((edited: string) => {
    const { text: before, copy: shown, onChange: change } = latest.current;
    const after = applyShownEdit(before, shown, edited);
    // A new shortened copy would move the caret to the end; it goes back where the change ended.
    if (shown.marker > 0 || after.text.length >= LARGE_TEXT_CHARS) caretRef.current = after.caret;
    change(after.text);
  }, []);
  const insert = useCallback(
    (box: HTMLTextAreaElement, inserted: string) => edit(`${box.value.slice(0, box.selectionStart)}${inserted}${box.value.slice(box.selectionEnd)}`),
    [edit],
  );

  const ref = useCallback(
    (box: HTMLTextAreaElement | null) => {
      if (boxRef.current && listenerRef.current) boxRef.current.removeEventListener('beforeinput', listenerRef.current);
      boxRef.current = box;
      listenerRef.current = null;
      if (!box) return;
      const listener = (event: InputEvent) => {
        const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
        if (inserted.length < LARGE_TEXT_CHARS || !event.cancelable) return;
        event.preventDefault();
        insert(box, inserted);
      };
      box.addEventListener('beforeinput', listener);
      listenerRef.current = listener;
    },
    [insert],
  );

  useLayoutEffect(() => {
    const box = boxRef.current;
    const caret = caretRef.current;
    caretRef.current = null;
    if (!box || caret === null || box.ownerDocument.activeElement !== box) return;
    const at = toShownOffset(copy, caret);
    box.setSelectionRange(at, at);
  }, [copy]);

  return {
    copy,
    box: {
      ref,
      value: copy.shown,
      onChange: (event) => edit(event.target.value),
      onPaste: (event) => {
        const pasted = event.clipboardData.getData('text/plain');
        if (pasted.length < LARGE_TEXT_CHARS) return;
        event.preventDefault();
        insert(event.currentTarget, pasted);
      },
    },
  };
}
