import { createContext, useContext } from 'react';
import type { TokenReportState } from './use-token-report';
import type { KeyVerdict } from './use-key-verdict';
import type { DecryptionVerdict } from '../decrypt/decryption-verdict';

/**
 * The decoder's derived state, computed once by DecoderPage and read by every panel. Two contexts,
 * so the token's panes do not re-render while only the key changes.
 */
export const TokenReportContext = createContext<TokenReportState>({ report: null, decoding: false });
export const KeyVerdictContext = createContext<KeyVerdict>({
  keyFormat: 'none',
  key: undefined,
  verification: null,
  verifiedCleaned: false,
  keyDetails: null,
  audit: undefined,
});

/** The report of the token in the decoder. */
export function useTokenReportState(): TokenReportState {
  return useContext(TokenReportContext);
}

/** The key, the verdict on the signature, the key's details and the audit's result. */
export function useKeyVerdictState(): KeyVerdict {
  return useContext(KeyVerdictContext);
}

/** The decryption of the JWE whose report is in context; null when that token is not a JWE. */
export function useDecryptionVerdict(): DecryptionVerdict | null {
  return useContext(KeyVerdictContext).decryption ?? null;
}
