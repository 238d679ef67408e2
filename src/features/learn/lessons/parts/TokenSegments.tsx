import { Fragment } from 'react';
import type { TokenSegment } from './token-facts';
import '../lessons.css';

/** Characters of a segment shown before it is cut with an ellipsis: a lesson shows a shape, not a dump. */
export const SEGMENT_PREVIEW_CHARS = 64;

/**
 * The learner's token as its coloured, dot-separated segments (each part's colour and underline
 * style from the app's stylesheet), long segments cut short.
 */
export function TokenSegments({ segments }: { segments: readonly TokenSegment[] }) {
  return (
    <p className="token-segments">
      {segments.map((segment, index) => (
        <Fragment key={segment.name}>
          {index > 0 ? <span className="token-dot">.</span> : null}
          <span className={`token-part part-${segment.name}`} data-part={segment.name}>
            {segment.text.length > SEGMENT_PREVIEW_CHARS ? `${segment.text.slice(0, SEGMENT_PREVIEW_CHARS)}…` : segment.text}
          </span>
        </Fragment>
      ))}
    </p>
  );
}
