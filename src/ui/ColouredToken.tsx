import { Fragment } from 'react';

/** One dot-separated part of a token: its name (a CSS class `part-<name>`) and its text. */
export interface ColouredSegment<Name extends string = string> {
  name: Name;
  segment: string;
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
}

/**
 * A token redrawn part by part: each part has its colour, its own underline style and a label in
 * the legend, so colour is never the only cue.
 */
export function ColouredToken<Name extends string>({ parts, labelOf, maxSegmentChars = Infinity, elidedLabel, testId, partTestId }: Props<Name>) {
  return (
    <figure className="coloured-token">
      <figcaption className="part-legend">
        {parts.map((part, index) => (
          <span key={`${part.name}-${index}`} className={`legend-item part-${part.name}`}>
            {labelOf(part.name)}
          </span>
        ))}
      </figcaption>
      <p className="coloured-token-text" translate="no" data-testid={testId}>
        {parts.map((part, index) => {
          const elided = part.segment.length > maxSegmentChars;
          return (
            <Fragment key={index}>
              {index > 0 && <span className="part-dot">.</span>}
              <span data-testid={partTestId} data-part={part.name} className={`token-part part-${part.name}`} title={labelOf(part.name)}>
                {elided ? part.segment.slice(0, maxSegmentChars) : part.segment}
                {elided && elidedLabel && <span className="part-elided">{elidedLabel(part.segment.length - maxSegmentChars)}</span>}
              </span>
            </Fragment>
          );
        })}
      </p>
    </figure>
  );
}
