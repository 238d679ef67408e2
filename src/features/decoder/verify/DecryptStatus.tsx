import { useLocale, useT } from '../../../i18n/use-t';
import { SettledAnnouncement } from '../../../ui/SettledAnnouncement';
import { showHiddenCharacters } from '../../../widgets/VisibleText';
import { decryptReasonOf, decryptStatusOf, type DecryptionVerdict, type DecryptStatus as Status } from '../decrypt/decryption-verdict';
import { describeDecryptReason } from '../decrypt/describe-decrypt-reason';
import { useDecryptT, type DecryptTranslate } from '../decrypt/decrypt-texts';
import { Pbes2Progress, Pbes2Refusal } from '../decrypt/Pbes2Controls';

const ICONS: Record<Status, string> = { 'no-key': '○', pending: '…', decrypted: '✓', failed: '✗', unsupported: '?' };
/** The verify panel's look for each status, so a decryption reads like a verdict on a signature. */
const LOOK: Record<Status, string> = { 'no-key': 'no-key', pending: 'pending', decrypted: 'valid', failed: 'invalid', unsupported: 'unsupported' };
/** Nothing to announce while decryption runs, or before there is a key. */
const UNANNOUNCED: ReadonlySet<Status> = new Set(['no-key', 'pending']);

function verdictText(verdict: DecryptionVerdict, status: Status, td: DecryptTranslate): string {
  if (verdict.state === 'decrypted') return td('decrypt.status.decrypted', { alg: verdict.result.alg, enc: verdict.result.enc });
  return td(`decrypt.status.${status}`);
}

/** Which member of a JWK Set decrypted, by kid or by its place in the set. */
function UsedMember({ verdict, td }: { verdict: DecryptionVerdict; td: DecryptTranslate }) {
  if (verdict.state !== 'decrypted' || verdict.result.keyUsed === undefined) return null;
  const { kid, index } = verdict.result.keyUsed;
  const text = kid === undefined ? td('decrypt.usedIndex', { position: index + 1 }) : td('decrypt.usedKid', { kid, position: index + 1 });
  return (
    <p className="verify-reason" data-testid="decrypt-key-used" data-kid={kid} data-index={index}>
      {showHiddenCharacters(text)}
    </p>
  );
}

interface Props {
  verdict: DecryptionVerdict;
  /** The compact JWE, for allowing its PBES2 count. */
  token: string;
  /** Decryption's catalogue is loaded: without it only the status and reason codes are there. */
  withTexts: boolean;
  /** The verify panel's key-error texts are loaded, for saying why a key could not be read. */
  withKeyErrors: boolean;
}

/**
 * The decryption's status by text and icon, the reason in the user's language (a key that cannot be
 * read described as the verify panel describes it), the JWK Set member that decrypted, and for a
 * refused PBES2 count its estimate and "Decrypt anyway", or the running derivation and Cancel.
 */
export function DecryptStatus({ verdict, token, withTexts, withKeyErrors }: Props) {
  const t = useT();
  const td = useDecryptT();
  const locale = useLocale();
  const status = decryptStatusOf(verdict);
  const reasonCode = decryptReasonOf(verdict);
  const reason = withTexts ? describeDecryptReason(verdict, locale) : null;
  const verdictShown = withTexts ? verdictText(verdict, status, td) : '';
  const reasonShown = reason ? td(reason.key, reason.values) : '';
  const keyErrorShown = reason?.keyError && withKeyErrors ? t(reason.keyError.key, reason.keyError.values) : '';
  const announced = UNANNOUNCED.has(status) ? '' : [verdictShown, reasonShown, keyErrorShown].filter(Boolean).join(' ');
  const failure = verdict.state === 'failed' ? verdict.result : null;
  const keysTried = failure?.reason === 'wrong-key' && typeof failure.params.keysTried === 'number' ? failure.params.keysTried : 1;
  const refusedCount = failure?.reason === 'p2c-too-large' && typeof failure.params.p2c === 'number' ? failure.params.p2c : null;
  const refusedAlg = typeof failure?.params.alg === 'string' ? failure.params.alg : '';
  return (
    <>
      <div className={`verify-status verify-${LOOK[status]} decrypt-status`} data-testid="decrypt-status" data-status={status}>
        <p className="verify-verdict">
          <span className="verify-icon" aria-hidden="true">
            {ICONS[status]}
          </span>
          {verdictShown}
        </p>
        {reasonCode !== null && (
          <p className="verify-reason" data-testid="decrypt-reason" data-reason={reasonCode}>
            {showHiddenCharacters(reasonShown)}
            {keyErrorShown !== '' && <> {showHiddenCharacters(keyErrorShown)}</>}
            {withTexts && keysTried > 1 && <> {td('decrypt.keysTried', { count: keysTried })}</>}
          </p>
        )}
        {withTexts && <UsedMember verdict={verdict} td={td} />}
        {withTexts && refusedCount !== null && <Pbes2Refusal token={token} alg={refusedAlg} count={refusedCount} td={td} />}
        {withTexts && verdict.state === 'pending' && verdict.allowed !== undefined && <Pbes2Progress alg={verdict.allowed.alg} count={verdict.allowed.count} td={td} />}
      </div>
      <SettledAnnouncement message={announced} />
    </>
  );
}
