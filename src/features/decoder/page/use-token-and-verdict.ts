import { useMemo } from 'react';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useKeyVerdict, type KeyVerdict } from './use-key-verdict';
import { useTokenReport, type TokenReportState } from './use-token-report';

/** What the decoder's panels read from context: the token's report and the key's verdict on it. */
export interface TokenAndVerdict {
  reportState: TokenReportState;
  verdict: KeyVerdict;
}

/**
 * The report of `text` (the candidate `chosenCandidate` when several tokens are found in it) and the
 * verdict of the key on it, as the decoder page computes them for its token and the nested view for
 * the token inside a JWE; the report object keeps its identity while neither it nor `decoding` changes.
 */
export function useTokenAndVerdict(text: string, chosenCandidate: number, keyText: string, secretEncoding: SecretEncoding, verifyCleanedToken: boolean): TokenAndVerdict {
  const { report, decoding } = useTokenReport(text, chosenCandidate);
  const reportState = useMemo(() => ({ report, decoding }), [report, decoding]);
  const verdict = useKeyVerdict(report, keyText, secretEncoding, verifyCleanedToken);
  return { reportState, verdict };
}
