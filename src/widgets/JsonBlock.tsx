import { useMemo, useState } from 'react';
import { highlightJson } from './highlight-json';

/**
 * Text up to this size is rendered whole; longer text starts with a screenful of PREVIEW_CHARS and
 * grows on request, because laying out and colouring large text is what costs (ADR 004).
 */
export const JSON_BLOCK_WHOLE_CHARS = 32 * 1024;
const PREVIEW_CHARS = 8 * 1024;
const STEP_CHARS = 256 * 1024;

interface Props {
  text: string;
  testId: string;
  label: string;
  /** Whether to colour the text as JSON; plain text is shown as it is. */
  json: boolean;
  /** Renders "N more characters" and the button label, so ui/ stays free of translations. */
  moreLabel: (remaining: number) => string;
  showMoreLabel: string;
}

/** Pretty text in a <pre>, syntax-coloured, showing a bounded prefix with a "show more" button. */
export function JsonBlock({ text, testId, label, json, moreLabel, showMoreLabel }: Props) {
  // The limit belongs to one text: a new token starts short again.
  const initialLimit = text.length <= JSON_BLOCK_WHOLE_CHARS ? JSON_BLOCK_WHOLE_CHARS : PREVIEW_CHARS;
  const [expansion, setExpansion] = useState({ text, limit: initialLimit });
  const limit = expansion.text === text ? expansion.limit : initialLimit;
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const spans = useMemo(() => (json ? highlightJson(shown) : null), [shown, json]);
  const remaining = text.length - shown.length;
  return (
    <div className="json-block">
      <pre className="json-block-pre" data-testid={testId} aria-label={label} tabIndex={0}>
        {spans
          ? spans.map((span, index) =>
              span.kind === 'plain' ? span.text : (
                <span key={index} className={`json-${span.kind}`}>
                  {span.text}
                </span>
              ),
            )
          : shown}
      </pre>
      {remaining > 0 && (
        <p className="json-block-more">
          <span>{moreLabel(remaining)}</span>{' '}
          <button type="button" className="button button-small" onClick={() => setExpansion({ text, limit: limit + STEP_CHARS })}>
            {showMoreLabel}
          </button>
        </p>
      )}
    </div>
  );
}
