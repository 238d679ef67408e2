import { create } from 'zustand';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { EXAMPLE_TOKEN } from './example-token';

/**
 * What the user typed or chose in the decoder, and nothing derived: the decoded view and the
 * verification result are computed from it, never stored. Memory only (ADR 005).
 */
export interface DecoderInputs {
  tokenText: string;
  keyText: string;
  secretEncoding: SecretEncoding;
  /**
   * The user asked to verify the cleaned token although the text pasted is not compact (a space
   * inside a segment); a new token text asks again.
   */
  verifyCleanedToken: boolean;
}

interface DecoderActions {
  setTokenText: (text: string) => void;
  setKeyText: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  verifyCleaned: () => void;
  loadExample: () => void;
  /** Fills token and key together, as the examples menu does. */
  loadTokenAndKey: (tokenText: string, keyText: string, secretEncoding?: SecretEncoding) => void;
  clearAll: () => void;
}

export type DecoderStore = DecoderInputs & DecoderActions;

const INITIAL: DecoderInputs = { tokenText: '', keyText: '', secretEncoding: 'utf8', verifyCleanedToken: false };

/** The decoder's inputs and the actions that change them. */
export const useDecoderStore = create<DecoderStore>()((set) => ({
  ...INITIAL,
  setTokenText: (tokenText) => set({ tokenText, verifyCleanedToken: false }),
  setKeyText: (keyText) => set({ keyText }),
  setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
  verifyCleaned: () => set({ verifyCleanedToken: true }),
  loadExample: () => set({ tokenText: EXAMPLE_TOKEN, verifyCleanedToken: false }),
  loadTokenAndKey: (tokenText, keyText, secretEncoding = 'utf8') => set({ tokenText, keyText, secretEncoding, verifyCleanedToken: false }),
  clearAll: () => set(INITIAL),
}));
