import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { useTokenReportState } from '../page/decoder-context';
import { ReservedPlace } from '../../../ui/ReservedPlace';

/** What the link leaves in the history entry: only that the diff view was opened from here, never the token. */
export const COMPARE_WITH_DECODER = 'compare-with-decoder';

/** Opens the diff view with this token on the left; the view takes it from the decoder in memory, never from the URL. */
export function CompareWithLink() {
  const t = useT();
  const { report } = useTokenReportState();
  if (!report || report.decoded.kind === 'empty') return <ReservedPlace className="button button-small">{t('input.compareWith')}</ReservedPlace>;
  return (
    <Link className="button button-small" data-testid="compare-with" to="/diff" state={COMPARE_WITH_DECODER}>
      {t('input.compareWith')}
    </Link>
  );
}
