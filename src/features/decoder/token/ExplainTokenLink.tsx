import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { useTokenReportState } from '../page/decoder-context';
import { ReservedPlace } from '../../../ui/ReservedPlace';

/** Opens the learn view on this token and key; the view takes them from the decoder in memory, never from the URL. */
export function ExplainTokenLink() {
  const t = useT();
  const { report } = useTokenReportState();
  if (!report || report.decoded.kind === 'empty') return <ReservedPlace className="button button-small">{t('input.explainToken')}</ReservedPlace>;
  return (
    <Link className="button button-small" data-testid="explain-token" to="/learn">
      {t('input.explainToken')}
    </Link>
  );
}
