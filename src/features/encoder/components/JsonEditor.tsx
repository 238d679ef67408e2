import { Fragment, useCallback, useId, useMemo, type ReactNode } from 'react';
import type { JsonError } from '../../../core/json/parse-json';
import { useT } from '../../../i18n/use-t';
import { highlightJsonPrefix, type JsonSpan } from '../../../widgets/highlight-json';
import { describeFound } from '../describe-sign-error';
import { parseEditedJson } from '../edit-json-member';
import { locatePosition } from '../locate-position';
import { useShortenedBox } from '../../../ui/use-shortened-box';
import { CodeTextArea } from '../../../ui/CodeTextArea';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { HiddenCharactersNote } from './HiddenCharactersNote';

// Marks under the transparent textarea keep the text's width, so its caret stays where the mirror draws.
const OVERLAY = { overlay: true };

/**
 * Lexemes coloured at most: one element each, and a hundred thousand of them (a 100 KB array of
 * numbers) froze the page for half a minute. Past them the text is drawn plain and a note says so.
 */
const MAX_COLOURED_LEXEMES = 2_000;

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  testId: string;
  /** Shown under the editor (claim helpers, for the payload). */
  children?: ReactNode;
}

type Piece = JsonSpan | { kind: 'error'; text: string };

/** The coloured spans with the character at `position` cut out as an `error` piece (a space at the very end). */
function markError(spans: JsonSpan[], position: number): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  let found = false;
  for (const span of spans) {
    const end = offset + span.text.length;
    if (!found && position >= offset && position < end) {
      const at = position - offset;
      // A whole code point, so a surrogate pair is never split.
      const width = (span.text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
      const marked = span.text.slice(at, at + width);
      if (at > 0) pieces.push({ kind: span.kind, text: span.text.slice(0, at) });
      // A line break cannot be seen: a marked space before it shows where the line ends too early.
      if (marked === '\n' || marked === '\r') pieces.push({ kind: 'error', text: ' ' }, { kind: span.kind, text: marked });
      else pieces.push({ kind: 'error', text: marked });
      if (at + width < span.text.length) pieces.push({ kind: span.kind, text: span.text.slice(at + width) });
      found = true;
    } else {
      pieces.push(span);
    }
    offset = end;
  }
  if (!found) pieces.push({ kind: 'error', text: ' ' });
  return pieces;
}

function ErrorText({ text, error }: { text: string; error: JsonError }) {
  const t = useT();
  const { line, column } = locatePosition(text, error.position);
  const values = { line, column, problem: error.code.replaceAll('-', '_'), found: 'found' in error ? describeFound(error.found, t) : '', maxDepth: 'maxDepth' in error ? error.maxDepth : 0 };
  return <>{t('encoder.jsonError', values)}</>;
}

/**
 * A JSON textarea over a coloured copy of its text (the textarea's own text is transparent, its
 * caret and selection are not), validated as you type with the first error marked where it is.
 * A long text is shown shortened (useShortenedBox) and plain, and colours stop after
 * MAX_COLOURED_LEXEMES, so the work per keystroke is bounded by what is shown.
 */
export function JsonEditor({ label, value, onChange, testId, children }: Props) {
  const t = useT();
  const id = useId();
  const marker = useCallback((omitted: number) => t('encoder.omittedMarker', { count: omitted }), [t]);
  const { copy, box } = useShortenedBox(value, onChange, marker);
  const shortened = copy.marker > 0;
  const parsed = useMemo(() => parseEditedJson(value), [value]);
  const error = parsed.ok ? null : parsed.error;
  const { pieces, cut } = useMemo(() => {
    if (shortened) return { pieces: [{ kind: 'plain', text: copy.shown }] satisfies Piece[], cut: false };
    const highlighted = highlightJsonPrefix(value, MAX_COLOURED_LEXEMES);
    return { pieces: error ? markError(highlighted.spans, error.position) : highlighted.spans, cut: highlighted.cut };
  }, [value, error, shortened, copy.shown]);
  const notes = [shortened && `${id}-large`, cut && `${id}-plain`, error && `${id}-error`].filter(Boolean).join(' ');

  return (
    <section className="pane json-editor" aria-labelledby={`${id}-label`}>
      <div className="pane-heading">
        <label id={`${id}-label`} htmlFor={id} className="pane-title-plain">
          {label}
        </label>
      </div>
      <div className="json-editor-stack">
        <pre className="json-editor-layer" aria-hidden="true">
          {pieces.map((piece, index) =>
            piece.kind === 'plain' ? (
              <Fragment key={index}>{showHiddenCharacters(piece.text, OVERLAY)}</Fragment>
            ) : (
              <span key={index} className={piece.kind === 'error' ? 'json-error-mark' : `json-${piece.kind}`}>
                {showHiddenCharacters(piece.text, OVERLAY)}
              </span>
            ),
          )}
          {/* A final line break in the text needs a line after it to take up room. */}
          {'\n'}
        </pre>
        <CodeTextArea
          id={id}
          data-testid={testId}
          className="json-editor-input"
          {...box}
          aria-invalid={error !== null}
          aria-describedby={notes || undefined}
        />
      </div>
      {shortened && (
        <p id={`${id}-large`} className="pane-hint" data-testid={`${testId}-large`}>
          {t('encoder.largeText', { count: value.length })}
        </p>
      )}
      {cut && (
        <p id={`${id}-plain`} className="pane-hint" data-testid={`${testId}-plain`}>
          {t('encoder.coloursStopped', { count: MAX_COLOURED_LEXEMES })}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="json-editor-error" data-testid={`${testId}-error`}>
          <ErrorText text={value} error={error} />
        </p>
      )}
      <HiddenCharactersNote text={value} testId={testId} />
      {children}
    </section>
  );
}
