import { flushSync } from 'react-dom';
import { useDecoderStore } from './decoder-store';
import { EXAMPLE_TOKEN } from './example-token';

/** Whether the page's focus is in a field whose caret or undo history a redraw of its value could move. */
function isEditing(): boolean {
  const focused = document.activeElement;
  return focused instanceof HTMLElement && (focused.isContentEditable || focused.matches('input, textarea'));
}

/**
 * Makes a rehearsal of the page's first paste: each call draws the example token in the decoder and
 * takes it away again within one task, so no frame ever shows it, until it has run `runs` times in
 * all. A fresh page's first paste was about twice as slow as its later ones (every function of the
 * decoding and of the panes ran for the first time, and the browser styled and laid the panes out for
 * the first time); warming parts of that path alone did not help. One run makes the path known; the
 * engine compiles the functions a paste runs into faster code only after several runs. A call is
 * skipped, and the run left for a later call, while the reader has started: a token or key in the
 * boxes, or the caret in a field. Returns whether it ran.
 */
export function createFirstPasteRehearsal(runs: number): () => boolean {
  let left = runs;
  return () => {
    const before = useDecoderStore.getState();
    if (left <= 0 || before.tokenText !== '' || before.keyText !== '' || isEditing()) return false;
    left -= 1;
    try {
      flushSync(() => useDecoderStore.setState({ tokenText: EXAMPLE_TOKEN }));
      // Style and layout now, as in the frame of a paste; reading a size forces them.
      void document.body.offsetHeight;
    } finally {
      flushSync(() => useDecoderStore.setState(before, true));
    }
    return true;
  };
}
