import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';

/** What the link leaves in the history entry: only that the diff view was opened from here, never the token. */
export const COMPARE_WITH_DECODER = 'compare-with-decoder';

/** The control's label, also the label of its place kept before there is a token. */
export const COMPARE_WITH_LABEL = 'input.compareWith' satisfies MessageKey;

/** Opens the diff view with this token on the left; the view takes it from the decoder in memory, never from the URL. */
export function CompareWithLink() {
  const t = useT();
  return (
    <Link className="button button-small" data-testid="compare-with" to="/diff" state={COMPARE_WITH_DECODER}>
      {t(COMPARE_WITH_LABEL)}
    </Link>
  );
}
