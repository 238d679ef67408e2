import type { VerificationResult } from '../../../core/crypto/verification-result';
import { describeVerificationReason } from '../../../i18n/describe-verification-reason';
import { useLocale, useT } from '../../../i18n/use-t';
import { SettledAnnouncement } from '../../../ui/SettledAnnouncement';
import { showHiddenCharacters } from '../../../widgets/VisibleText';

const ICONS = { 'no-key': '○', pending: '…', valid: '✓', invalid: '✗', error: '!', unsupported: '?' } as const;

/** Nothing to announce while the verdict is being worked out, or before there is a key to judge. */
const UNANNOUNCED: ReadonlySet<VerificationResult['status']> = new Set(['no-key', 'pending']);

/**
 * The verdict, by text and icon (never colour alone), with the reason in the user's language. A
 * screen reader hears the settled verdict and its reason once, from a live region beside it, not
 * each "checking" in between as a key is typed. `testIdPrefix` names the hooks of a second verdict
 * on the page (the nested token's), so the decoder's own stay unique.
 */
export function VerifyStatus({ result, withReason, testIdPrefix = '' }: { result: VerificationResult; withReason: boolean; testIdPrefix?: string }) {
  const t = useT();
  const locale = useLocale();
  const reason = withReason && result.reason && result.status !== 'valid' ? describeVerificationReason(result.reason, result.params, locale) : null;
  const alg = typeof result.params?.alg === 'string' ? result.params.alg : '';
  const verdict = t(`verify.status.${result.status}`, { alg });
  const reasonText = reason ? t(reason.key, reason.values) : '';
  const announced = UNANNOUNCED.has(result.status) ? '' : `${verdict} ${reasonText}`.trim();
  return (
    <>
      <div className={`verify-status verify-${result.status}`} data-testid={`${testIdPrefix}verify-status`} data-status={result.status}>
        <p className="verify-verdict">
          <span className="verify-icon" aria-hidden="true">
            {ICONS[result.status]}
          </span>
          {verdict}
        </p>
        {reason && (
          <p className="verify-reason" data-testid={`${testIdPrefix}verify-reason`} data-reason={result.reason}>
            {showHiddenCharacters(reasonText)}
          </p>
        )}
        {result.status === 'valid' && result.usedKid !== undefined && <p className="verify-reason">{showHiddenCharacters(t('verify.usedKid', { kid: result.usedKid }))}</p>}
        {withReason && result.keyNotes?.map((note) => (
          <p key={note} className="notice notice-warning" data-testid={`${testIdPrefix}key-note`} data-note={note}>
            <span aria-hidden="true">⚠ </span>
            {t(`verify.note.${note}`)}
          </p>
        ))}
      </div>
      <SettledAnnouncement message={announced} />
    </>
  );
}
