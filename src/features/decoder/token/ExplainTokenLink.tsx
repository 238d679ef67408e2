import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';

/** The control's label, also the label of its place kept before there is a token. */
export const EXPLAIN_TOKEN_LABEL = 'input.explainToken' satisfies MessageKey;

/** Opens the learn view on this token and key; the view takes them from the decoder in memory, never from the URL. */
export function ExplainTokenLink() {
  const t = useT();
  return (
    <Link className="button button-small" data-testid="explain-token" to="/learn">
      {t(EXPLAIN_TOKEN_LABEL)}
    </Link>
  );
}
