import { create } from 'zustand';
import type { DecryptionVerdict } from './decryption-verdict';

/** The decryptions useKeyVerdict derived, by the compact JWE they are for. */
export interface DecryptionState {
  verdicts: ReadonlyMap<string, DecryptionVerdict>;
  publish: (token: string, verdict: DecryptionVerdict) => void;
  /** Removes `verdict` if it is still the one for `token`. */
  withdraw: (token: string, verdict: DecryptionVerdict) => void;
}

/**
 * Where useKeyVerdict leaves its decryption for the panels while the pages that call it (the decoder,
 * a nested token) do not hand it on through KeyVerdictContext; useDecryptionVerdict prefers the
 * context. Keyed by token, so a nested token's verdict never stands in for the outer one's. Memory only.
 */
export const useDecryptionStore = create<DecryptionState>()((set) => ({
  verdicts: new Map(),
  publish: (token, verdict) => set((state) => ({ verdicts: new Map(state.verdicts).set(token, verdict) })),
  withdraw: (token, verdict) =>
    set((state) => {
      if (state.verdicts.get(token) !== verdict) return state;
      const verdicts = new Map(state.verdicts);
      verdicts.delete(token);
      return { verdicts };
    }),
}));
