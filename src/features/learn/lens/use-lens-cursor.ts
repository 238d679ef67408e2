import { useState } from 'react';
import { createFirstLensCursor, type LensCursor } from '../../../core/learn/lens/lens-cursor';
import type { LensPart } from '../../../core/learn/lens/lens-part';

interface LensCursorState {
  /** The part the cursor belongs to: another part (or another token) starts over. */
  part: LensPart | null;
  cursor: LensCursor | null;
  /** The cells under the pointer, shown in place of the cursor while it hovers. */
  preview: LensCursor | null;
  /** The learner has chosen a selection (only then is it announced). */
  chosen: boolean;
}

/** The lens's selection of one part: the chosen cursor, the hover preview, and setters that keep them to that part. */
export function useLensCursor(part: LensPart | null) {
  const [state, setState] = useState<LensCursorState>({ part: null, cursor: null, preview: null, chosen: false });
  const current: LensCursorState =
    state.part === part ? state : { part, cursor: part ? createFirstLensCursor(part) : null, preview: null, chosen: false };
  return {
    cursor: current.cursor,
    preview: current.preview,
    chosen: current.chosen,
    choose: (cursor: LensCursor) => setState({ part, cursor, preview: null, chosen: true }),
    hover: (preview: LensCursor | null) => setState((previous) => (previous.part === part ? { ...previous, preview } : { ...current, preview })),
  };
}
