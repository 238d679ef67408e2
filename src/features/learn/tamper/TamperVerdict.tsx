import type { VerificationResult } from '../../../core/crypto/verification-result';
import { describeVerificationReason } from '../../../i18n/describe-verification-reason';
import { useCatalogueArea, useLocale, useT } from '../../../i18n/use-t';

interface Props {
  /** The sandbox token's verdict, null while it is checked. */
  verdict: VerificationResult | null;
  /** The learner's own token's verdict with the same key, null while it is checked. */
  originalVerdict: VerificationResult | null;
  edited: boolean;
}

type Headline = 'pending' | 'noKey' | 'matches' | 'stillMatches' | 'noLongerMatches' | 'ownTokenFails' | 'rejectedBoth';

function headlineOf(verdict: VerificationResult | null, originalVerdict: VerificationResult | null, edited: boolean): Headline {
  if (verdict === null) return 'pending';
  if (verdict.status === 'no-key') return 'noKey';
  if (verdict.status === 'valid') return edited ? 'stillMatches' : 'matches';
  if (!edited) return 'ownTokenFails';
  return originalVerdict?.status === 'valid' ? 'noLongerMatches' : 'rejectedBoth';
}

/** The app's verifier's verdict on the sandbox token, in words, compared with the learner's own token. */
export function TamperVerdict({ verdict, originalVerdict, edited }: Props) {
  const t = useT();
  const reasonsReady = useCatalogueArea('verify-details');
  const headline = headlineOf(verdict, originalVerdict, edited);
  const locale = useLocale();
  const reason = verdict?.reason === undefined ? null : describeVerificationReason(verdict.reason, verdict.params, locale);
  return (
    <div
      className={`tamper-verdict tamper-verdict-${verdict === null ? 'pending' : verdict.status === 'valid' ? 'valid' : 'invalid'}`}
      data-testid="tamper-verdict"
      data-status={verdict?.status ?? 'pending'}
      data-valid={verdict === null ? undefined : String(verdict.status === 'valid')}
      role="status"
    >
      <strong>{t(`learnTamper.verdict.${headline}`)}</strong>
      {reason !== null && reasonsReady && <span className="tamper-verdict-reason"> {t(reason.key, reason.values)}</span>}
    </div>
  );
}
