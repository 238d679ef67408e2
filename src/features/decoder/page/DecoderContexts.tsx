import type { ReactNode } from 'react';
import { KeyVerdictContext, TokenReportContext } from './decoder-context';
import type { TokenAndVerdict } from './use-token-and-verdict';

/** Gives the panels below the token's report and the key's verdict (useTokenReportState, useKeyVerdictState). */
export function DecoderContexts({ value, children }: { value: TokenAndVerdict; children: ReactNode }) {
  return (
    <TokenReportContext value={value.reportState}>
      <KeyVerdictContext value={value.verdict}>{children}</KeyVerdictContext>
    </TokenReportContext>
  );
}
