import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { DEFAULT_SHOWN_ENDS, LARGE_TOKEN_CHARS, splitForDisplay, type ShownEnds, type ShownPiece } from './large-token';
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
  type MappedEdit,
  type RefusedEditReason,
  type TextEdit,
} from './large-token-edit';

/** Undo steps kept for the token box's edits. */
const UNDO_STEPS = 100;
/** Keystrokes closer together than this undo as one step, as a text box's own undo does. */
const MERGE_WITHIN_MS = 1_000;
/** How far an end of a large token grows past its default to keep what was typed there in view. */
const GROWN_END_CHARS = 4_000;

interface History {
  /** The token text the steps lead back from; any other text (a new paste, Clear, an example) starts afresh. */
  text: string;
  undo: TextEdit[];
  redo: TextEdit[];
  lastEditAt: number;
}

/** What the token box shows and how its edits reach the token: see useTokenBoxEditing. */
export interface TokenBoxEditing {
  /** The token text and what of it the box shows (the coloured mirror draws the same). */
  mirror: { text: string; pieces: readonly ShownPiece[] };
  /** The props of the box's textarea: its text and the handlers that edit the token. */
  boxProps: {
    ref: RefObject<HTMLTextAreaElement | null>;
    value: string;
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
    onCopy: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
    onCut: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  };
  /** Why the last edit of the box was not applied, until the token changes. */
  refused: RefusedEditReason | null;
  /** Empties the token as an edit (undo brings it back). */
  clearToken: () => void;
}

/**
 * The token box's editing. An ordinary token is the box's text. A large one is kept whole in the
 * store while the box shows its ends around a marker: an edit of the box (typing, deleting,
 * pasting, cutting) is mapped onto the whole token, an edit inside the marker is refused and said
 * so, and copying copies the token's own characters. Undo and redo are the box's own for every
 * token: the browser's would step through the texts the box was given, a shortened copy among them.
 */
export function useTokenBoxEditing(tokenText: string, setTokenText: (text: string) => void, marker: (omitted: number) => string): TokenBoxEditing {
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const [view, setView] = useState<{ text: string; ends: ShownEnds } | null>(null);
  const [refusal, setRefusal] = useState<{ text: string; reason: RefusedEditReason } | null>(null);
  const historyRef = useRef<History>({ text: '', undo: [], redo: [], lastEditAt: 0 });
  // Where the caret goes (a token offset) once the box shows the edited token.
  const caretRef = useRef<number | null>(null);

  const large = tokenText.length >= LARGE_TOKEN_CHARS;
  const ends = view?.text === tokenText ? view.ends : DEFAULT_SHOWN_ENDS;
  const pieces = useMemo(() => splitForDisplay(tokenText, marker, ends), [tokenText, marker, ends]);
  const mirror = useMemo(() => ({ text: tokenText, pieces }), [tokenText, pieces]);
  const value = useMemo(() => (large ? joinBoxText(tokenText, pieces) : tokenText), [large, tokenText, pieces]);

  /**
   * Applies `edit` to the token: typed in the box (one undo step with the keystrokes just before),
   * another edit, or an undo or redo step. The caret goes after the edit, unless the box already
   * holds the result (an ordinary token typed in), where the browser has put it.
   */
  const apply = useCallback(
    (edit: TextEdit, kind: 'typing' | 'edit' | 'undo' | 'redo', { boxHoldsResult = false } = {}) => {
      if (edit.from === edit.to && edit.inserted === '') return;
      const history = historyRef.current;
      if (history.text !== tokenText) Object.assign(history, { undo: [], redo: [], lastEditAt: 0 });
      const inverse = invertTextEdit(tokenText, edit);
      if (kind === 'typing' || kind === 'edit') {
        const now = performance.now();
        const last = history.undo.at(-1);
        const merged = kind === 'typing' && last && now - history.lastEditAt < MERGE_WITHIN_MS ? mergeUndoSteps(last, inverse) : null;
        if (merged) history.undo[history.undo.length - 1] = merged;
        else history.undo.push(inverse);
        if (history.undo.length > UNDO_STEPS) history.undo.shift();
        history.redo = [];
        history.lastEditAt = kind === 'typing' ? now : 0;
      } else {
        (kind === 'undo' ? history.redo : history.undo).push(inverse);
        history.lastEditAt = 0;
      }
      const edited = applyTextEdit(tokenText, edit);
      history.text = edited;
      caretRef.current = boxHoldsResult ? null : edit.from + edit.inserted.length;
      setView({ text: edited, ends: shownEndsAfter(tokenText, ends, edit) });
      setRefusal(null);
      setTokenText(edited);
    },
    [tokenText, ends, setTokenText],
  );

  /** Applies a mapped edit, or leaves the box as it was with its caret at the refused place and says why. */
  const settle = useCallback(
    (mapped: MappedEdit, box: HTMLTextAreaElement, kind: 'typing' | 'edit') => {
      if (mapped.ok) {
        apply(mapped.edit, kind);
        return;
      }
      // Put back the box's text now: React then finds nothing to restore, and the caret stays put.
      box.value = value;
      box.setSelectionRange(mapped.boxAt, mapped.boxAt);
      setRefusal({ text: tokenText, reason: mapped.reason });
    },
    [apply, value, tokenText],
  );

  /** Undoes or redoes one edit of the box; false when there is none for this token. */
  const step = useCallback(
    (kind: 'undo' | 'redo') => {
      const history = historyRef.current;
      if (history.text !== tokenText) return false;
      const edit = history[kind].pop();
      if (!edit) return false;
      apply(edit, kind);
      return true;
    },
    [apply, tokenText],
  );

  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement>) => {
      const box = event.currentTarget;
      const kind = isKeystroke(event.nativeEvent) ? 'typing' : 'edit';
      if (large) settle(mapBoxEdit(tokenText, pieces, box.value, box.selectionEnd), box, kind);
      else apply(findTextEdit(tokenText, box.value, box.selectionEnd), kind, { boxHoldsResult: true });
    },
    [large, settle, apply, tokenText, pieces],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLTextAreaElement>) => {
      const pasted = event.clipboardData.getData('text/plain');
      // An ordinary paste into an ordinary token is the box's own.
      if (!large && pasted.length < LARGE_TOKEN_CHARS) return;
      // A large paste goes to the store directly: putting it into the box first would cost a second
      // of layout before anything else could happen.
      event.preventDefault();
      const box = event.currentTarget;
      settle(mapBoxReplacement(tokenText, pieces, box.selectionStart, box.selectionEnd, pasted), box, 'edit');
    },
    [large, settle, tokenText, pieces],
  );

  const onCopy = useCallback(
    (event: ClipboardEvent<HTMLTextAreaElement>) => {
      if (!large) return;
      const box = event.currentTarget;
      const { from, to } = mapBoxRangeOutwards(tokenText, pieces, box.selectionStart, box.selectionEnd);
      event.preventDefault();
      event.clipboardData.setData('text/plain', tokenText.slice(from, to));
    },
    [large, tokenText, pieces],
  );

  const onCut = useCallback(
    (event: ClipboardEvent<HTMLTextAreaElement>) => {
      if (!large) return;
      event.preventDefault();
      const box = event.currentTarget;
      const mapped = mapBoxReplacement(tokenText, pieces, box.selectionStart, box.selectionEnd, '');
      if (mapped.ok) event.clipboardData.setData('text/plain', tokenText.slice(mapped.edit.from, mapped.edit.to));
      settle(mapped, box, 'edit');
    },
    [large, settle, tokenText, pieces],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      const kind = historyKeyOf(event);
      if (!kind) return;
      event.preventDefault();
      step(kind);
    },
    [step],
  );

  // Undo and redo from a menu reach the box as input events, not keys.
  const stepRef = useRef(step);
  // Text put in at once without a paste event (dropped, committed by an input method, Playwright's
  // fill) takes a large paste's way: laid out in the box first, 20 MB froze the page for seconds.
  const insertRef = useRef<(box: HTMLTextAreaElement, inserted: string) => void>(() => {});
  useEffect(() => {
    stepRef.current = step;
    insertRef.current = (box, inserted) => settle(mapBoxReplacement(tokenText, pieces, box.selectionStart, box.selectionEnd, inserted), box, 'edit');
  });
  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const onBeforeInput = (event: InputEvent) => {
      const inserted = event.data ?? '';
      if (inserted.length >= LARGE_TOKEN_CHARS && event.cancelable) {
        event.preventDefault();
        insertRef.current(box, inserted);
        return;
      }
      const kind = event.inputType === 'historyUndo' ? 'undo' : event.inputType === 'historyRedo' ? 'redo' : null;
      if (!kind) return;
      event.preventDefault();
      stepRef.current(kind);
    };
    box.addEventListener('beforeinput', onBeforeInput);
    return () => box.removeEventListener('beforeinput', onBeforeInput);
  }, []);

  // After an edit the box holds the edited token's text; its caret goes back after what was typed.
  useLayoutEffect(() => {
    const caret = caretRef.current;
    const box = boxRef.current;
    if (caret === null || !box) return;
    caretRef.current = null;
    if (box.ownerDocument.activeElement !== box) return;
    const at = mapTextOffsetToBox(tokenText, pieces, caret) ?? mapTextOffsetToBox(tokenText, pieces, firstLeftOut(pieces)) ?? box.value.length;
    box.setSelectionRange(at, at);
  }, [tokenText, pieces]);

  const clearToken = useCallback(() => apply({ from: 0, to: tokenText.length, inserted: '' }, 'edit'), [apply, tokenText]);

  return {
    mirror,
    boxProps: { ref: boxRef, value, onChange, onPaste, onCopy, onCut, onKeyDown },
    refused: refusal?.text === tokenText ? refusal.reason : null,
    clearToken,
  };
}

function shownEndsAfter(text: string, ends: ShownEnds, edit: TextEdit): ShownEnds {
  return text.length >= LARGE_TOKEN_CHARS ? shownEndsAfterEdit(text, ends, edit, GROWN_END_CHARS) : DEFAULT_SHOWN_ENDS;
}

/** The token offset where the box's shown start ends (the caret's place when what it follows is left out). */
function firstLeftOut(pieces: readonly ShownPiece[]): number {
  const first = pieces[0];
  return first && !('inserted' in first) ? first.to : 0;
}

/** Whether an input event is one keystroke's typing or deleting (which undo takes back a run at a time), not a paste, drop or cut. */
function isKeystroke(event: Event): boolean {
  const inputType = 'inputType' in event ? event.inputType : undefined;
  return inputType === 'insertText' || inputType === 'deleteContentBackward' || inputType === 'deleteContentForward';
}

/** Undo (Ctrl+Z, ⌘Z) or redo (Ctrl+Shift+Z, ⌘⇧Z, Ctrl+Y), or null for any other key. */
function historyKeyOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  return key === 'y' && !event.shiftKey ? 'redo' : null;
}
