import type { InspectionReport } from '../../../core/inspect-token';
import { useT } from '../../../i18n/use-t';
import { ReservedPlace } from '../../../ui/ReservedPlace';
import { useTokenReportState } from '../page/decoder-context';
import { COMPARE_WITH_LABEL, CompareWithLink } from './CompareWithLink';
import { EditInEncoderButton } from './EditInEncoderButton';
import { EXPLAIN_TOKEN_LABEL, ExplainTokenLink } from './ExplainTokenLink';
import { SHARE_LABEL, ShareButton } from './ShareButton';

/** The report when it holds a token; null for no report yet or an empty box. */
function decodedTokenOf(report: InspectionReport | null): InspectionReport | null {
  return report && report.decoded.kind !== 'empty' ? report : null;
}

/**
 * The toolbar's actions on the decoded token. Before there is one, Edit in encoder shows disabled
 * and the others keep their places unseen, so the toolbar keeps its height and the token box under
 * it does not move when the first token is decoded.
 */
export function TokenActions() {
  const t = useT();
  const token = decodedTokenOf(useTokenReportState().report);
  if (!token) {
    return (
      <>
        <EditInEncoderButton report={null} />
        {([EXPLAIN_TOKEN_LABEL, COMPARE_WITH_LABEL, SHARE_LABEL] as const).map((label) => (
          <ReservedPlace key={label} className="button button-small">
            {t(label)}
          </ReservedPlace>
        ))}
      </>
    );
  }
  return (
    <>
      <EditInEncoderButton report={token} />
      <ExplainTokenLink />
      <CompareWithLink />
      <ShareButton report={token} />
    </>
  );
}
