import type { VerificationResult } from '../../../core/crypto/verification-result';
import type { MessageValues } from '../../../i18n/i18n';
import { useCatalogueArea, useT } from '../../../i18n/use-t';

interface Props {
  /** The sandbox token's verdict, null while it is checked. */
  verdict: VerificationResult | null;
  /** The learner's own token's verdict with the same key, null while it is checked. */
  originalVerdict: VerificationResult | null;
  edited: boolean;
}

// The reasons' ICU select arguments, whose option names cannot hold `-`; lists are read out joined.
const SELECT_PARAMS = new Set(['problem', 'keyType', 'expected', 'found', 'part']);

function toValue(name: string, value: string | number | string[]): string | number {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string') return SELECT_PARAMS.has(name) ? value.replaceAll('-', '_') : value;
  return name === 'position' ? value + 1 : value;
}

function toValues(params: VerificationResult['params']): MessageValues {
  return Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, toValue(name, value)]));
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
  const reason = verdict?.reason;
  return (
    <div
      className={`tamper-verdict tamper-verdict-${verdict === null ? 'pending' : verdict.status === 'valid' ? 'valid' : 'invalid'}`}
      data-testid="tamper-verdict"
      data-status={verdict?.status ?? 'pending'}
      data-valid={verdict === null ? undefined : String(verdict.status === 'valid')}
      role="status"
    >
      <strong>{t(`learnTamper.verdict.${headline}`)}</strong>
      {reason !== undefined && reasonsReady && <span className="tamper-verdict-reason"> {t(`verify.reason.${reason}`, toValues(verdict?.params))}</span>}
    </div>
  );
}
