import type { TokenPart } from '../../../core/token/decoded-token';
import { useT } from '../../../i18n/use-t';
import { ColouredToken as ColouredParts } from '../../../ui/ColouredToken';

/** Characters of each segment drawn before eliding the rest (the full text is in the input). */
const SEGMENT_DISPLAY_CHARS = 1_200;

/** The decoded token redrawn part by part (ui/ColouredToken), with the decoder's labels and test hooks. */
export function ColouredToken({ parts }: { parts: readonly TokenPart[] }) {
  const t = useT();
  return (
    <ColouredParts
      parts={parts}
      labelOf={(name) => t(`part.${name}`)}
      maxSegmentChars={SEGMENT_DISPLAY_CHARS}
      elidedLabel={(count) => t('token.segmentElided', { count })}
      partTestId="token-part"
    />
  );
}
