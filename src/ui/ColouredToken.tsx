import { Fragment, memo, type MouseEvent, type ReactNode } from 'react';

/** One dot-separated part of a token: its name (a CSS class `part-<name>`) and its text. */
export interface ColouredSegment<Name extends string = string> {
  name: Name;
  segment: string;
  /** Offsets where the part's text is split into pointable pieces (`onPoint` reports a piece's start). */
  stops?: readonly number[];
}

/** Characters `[start, end)` of one part drawn highlighted; a partial edge character is shaded apart. */
export interface TokenHighlight<Name extends string = string> {
  part: Name;
  start: number;
  end: number;
  /** The first character carries only some of the highlighted bits. */
  partialStart: boolean;
  /** The last character carries only some of the highlighted bits. */
  partialEnd: boolean;
}

interface Props<Name extends string> {
  parts: readonly ColouredSegment<Name>[];
  /** The visible name of a part, for the legend and the tooltip; ui/ has no translations. */
  labelOf: (name: Name) => string;
  /** Characters of each segment drawn before eliding the rest; everything when not given. */
  maxSegmentChars?: number;
  /** Renders "N more characters" after an elided segment. */
  elidedLabel?: (count: number) => string;
  /** `data-testid` of the text element, whose text content is exactly the token when nothing is elided. */
  testId?: string;
  /** `data-testid` of each part, which also gets `data-part` = its name. */
  partTestId?: string;
  highlight?: TokenHighlight<Name> | null;
  /** `data-testid` of the highlight, which also gets `data-part`, `data-start` and `data-end`. */
  highlightTestId?: string;
  /** Told which part and piece (by its first offset) the pointer is over, or null once it is over none. */
  onPoint?: (point: { part: Name; offset: number } | null) => void;
}

interface SegmentProps {
  name: string;
  text: string;
  stops: readonly number[] | undefined;
  pointable: boolean;
  highlightStart: number;
  highlightEnd: number;
  partialStart: boolean;
  partialEnd: boolean;
  highlightTestId: string | undefined;
}

/** The offsets where `text` is cut: the stops and the highlight's edges, sorted, inside the text. */
function cutsOf(length: number, stops: readonly number[], edges: readonly number[]): number[] {
  const cuts = new Set<number>([0, length]);
  for (const offset of stops) if (offset > 0 && offset < length) cuts.add(offset);
  for (const offset of edges) if (offset > 0 && offset < length) cuts.add(offset);
  return [...cuts].sort((a, b) => a - b);
}

// Only a part whose text, stops or highlight changed is drawn again.
const SegmentText = memo(function SegmentText(props: SegmentProps) {
  const { name, text, stops = [], pointable, highlightStart: start, partialStart, partialEnd, highlightTestId } = props;
  const end = Math.min(props.highlightEnd, text.length);
  const highlighted = start < end;
  if (!highlighted && (!pointable || stops.length === 0)) return text;

  const edges = highlighted ? [start, end, partialStart ? start + 1 : start, partialEnd ? end - 1 : end] : [];
  const cuts = cutsOf(text.length, pointable ? stops : [], edges);
  const before: ReactNode[] = [];
  const inside: ReactNode[] = [];
  const after: ReactNode[] = [];
  for (let at = 0; at + 1 < cuts.length; at++) {
    const from = cuts[at]!;
    const to = cuts[at + 1]!;
    const within = highlighted && from >= start && to <= end;
    const partial = within && ((partialStart && from === start) || (partialEnd && to === end));
    const piece = (
      <span key={from} data-offset={pointable ? from : undefined} className={partial ? 'token-highlight-partial' : undefined}>
        {text.slice(from, to)}
      </span>
    );
    (within ? inside : from < start ? before : after).push(piece);
  }
  return (
    <>
      {before}
      {highlighted && (
        <mark className="token-highlight" data-testid={highlightTestId} data-part={name} data-start={start} data-end={end}>
          {inside}
        </mark>
      )}
      {after}
    </>
  );
});

function pointedAt(event: MouseEvent): { part: string; offset: number } | null {
  const target = event.target instanceof Element ? event.target : null;
  const piece = target?.closest<HTMLElement>('[data-offset]');
  const part = piece?.closest<HTMLElement>('.token-part')?.dataset.part;
  return piece && part !== undefined ? { part, offset: Number(piece.dataset.offset) } : null;
}

/**
 * A token redrawn part by part: each part has its colour, its own underline style and a label in
 * the legend, so colour is never the only cue. A highlight marks a run of one part's characters.
 */
export function ColouredToken<Name extends string>(props: Props<Name>) {
  const { parts, labelOf, maxSegmentChars = Infinity, elidedLabel, testId, partTestId, highlight, highlightTestId, onPoint } = props;
  const point = onPoint && ((event: MouseEvent) => onPoint(pointedAt(event) as { part: Name; offset: number } | null));
  return (
    <figure className="coloured-token">
      <figcaption className="part-legend">
        {parts.map((part, index) => (
          <span key={`${part.name}-${index}`} className={`legend-item part-${part.name}`}>
            {labelOf(part.name)}
          </span>
        ))}
      </figcaption>
      <p className="coloured-token-text" translate="no" data-testid={testId} onMouseOver={point} onMouseLeave={onPoint && (() => onPoint(null))}>
        {parts.map((part, index) => {
          const elided = part.segment.length > maxSegmentChars;
          const lit = highlight?.part === part.name ? highlight : null;
          return (
            <Fragment key={index}>
              {index > 0 && <span className="part-dot">.</span>}
              <span data-testid={partTestId} data-part={part.name} className={`token-part part-${part.name}`} title={labelOf(part.name)}>
                <SegmentText
                  name={part.name}
                  text={elided ? part.segment.slice(0, maxSegmentChars) : part.segment}
                  stops={part.stops}
                  pointable={onPoint !== undefined}
                  highlightStart={lit?.start ?? 0}
                  highlightEnd={lit?.end ?? 0}
                  partialStart={lit?.partialStart ?? false}
                  partialEnd={lit?.partialEnd ?? false}
                  highlightTestId={highlightTestId}
                />
                {elided && elidedLabel && <span className="part-elided">{elidedLabel(part.segment.length - maxSegmentChars)}</span>}
              </span>
            </Fragment>
          );
        })}
      </p>
    </figure>
  );
}
