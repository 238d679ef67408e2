import { Fragment } from 'react';
import type { TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';

/** Characters of each segment drawn before eliding the rest (the full text is in the input). */
const SEGMENT_DISPLAY_CHARS = 1_200;

/**
 * The token redrawn part by part: each part has its colour, its own underline style and a label,
 * so colour is never the only cue.
 */
export function ColouredToken({ parts }: { parts: readonly TokenPart[] }) {
  const t = useT();
  return (
    <figure className="coloured-token">
      <figcaption className="part-legend">
        {parts.map((part, index) => (
          <span key={`${part.name}-${index}`} className={`legend-item part-${part.name}`}>
            {t(`part.${part.name}`)}
          </span>
        ))}
      </figcaption>
      <p className="coloured-token-text" translate="no">
        {parts.map((part, index) => {
          const elided = part.segment.length > SEGMENT_DISPLAY_CHARS;
          return (
            <Fragment key={index}>
              {index > 0 && <span className="part-dot">.</span>}
              <span
                data-testid="token-part"
                data-part={part.name}
                className={`token-part part-${part.name}`}
                title={t(`part.${part.name}`)}
              >
                {elided ? part.segment.slice(0, SEGMENT_DISPLAY_CHARS) : part.segment}
                {elided && (
                  <span className="part-elided">
                    {t('token.segmentElided', { count: part.segment.length - SEGMENT_DISPLAY_CHARS })}
                  </span>
                )}
              </span>
            </Fragment>
          );
        })}
      </p>
    </figure>
  );
}
