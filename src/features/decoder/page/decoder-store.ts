import { create } from 'zustand';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { EXAMPLE_SECRET, EXAMPLE_TOKEN } from './example-token';

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
  /** Which of the tokens found in a pasted text is decoded (0: the first); a new token text starts again at 0. */
  chosenCandidate: number;
  /**
   * A PBES2 iteration count above the default limit that the user agreed to run for this JWE only
   * (its compact text); a new token text forgets it.
   */
  pbes2Allowance: { token: string; count: number } | null;
}

interface DecoderActions {
  setTokenText: (text: string) => void;
  setKeyText: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  verifyCleaned: () => void;
  chooseCandidate: (index: number) => void;
  /** Lets this JWE's PBES2 derivation run `count` iterations ("Decrypt anyway"). */
  allowPbes2Count: (token: string, count: number) => void;
  /** Withdraws that consent, which stops a derivation still running (Cancel). */
  cancelPbes2Count: () => void;
  /** Loads the example token and its key (UTF-8), so a first look shows a verified token. */
  loadExample: () => void;
  /** Puts a secret into the key box, as text read with `secretEncoding`: the audit's "Use this secret". */
  applyFoundSecret: (keyText: string, secretEncoding: SecretEncoding) => void;
  /** Fills token and key together, as the examples menu does. */
  loadTokenAndKey: (tokenText: string, keyText: string, secretEncoding?: SecretEncoding) => void;
  clearAll: () => void;
}

export type DecoderStore = DecoderInputs & DecoderActions;

const INITIAL: DecoderInputs = { tokenText: '', keyText: '', secretEncoding: 'utf8', verifyCleanedToken: false, chosenCandidate: 0, pbes2Allowance: null };
const NEW_TOKEN = { verifyCleanedToken: false, chosenCandidate: 0, pbes2Allowance: null };

/** The decoder's inputs and the actions that change them. */
export const useDecoderStore = create<DecoderStore>()((set) => ({
  ...INITIAL,
  setTokenText: (tokenText) => set({ tokenText, ...NEW_TOKEN }),
  setKeyText: (keyText) => set({ keyText }),
  setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
  verifyCleaned: () => set({ verifyCleanedToken: true }),
  chooseCandidate: (chosenCandidate) => set({ chosenCandidate, verifyCleanedToken: false, pbes2Allowance: null }),
  allowPbes2Count: (token, count) => set({ pbes2Allowance: { token, count } }),
  cancelPbes2Count: () => set({ pbes2Allowance: null }),
  loadExample: () => set({ tokenText: EXAMPLE_TOKEN, keyText: EXAMPLE_SECRET, secretEncoding: 'utf8', ...NEW_TOKEN }),
  applyFoundSecret: (keyText, secretEncoding) => set({ keyText, secretEncoding }),
  loadTokenAndKey: (tokenText, keyText, secretEncoding = 'utf8') => set({ tokenText, keyText, secretEncoding, ...NEW_TOKEN }),
  clearAll: () => set(INITIAL),
}));
