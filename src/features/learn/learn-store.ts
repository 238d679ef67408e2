import { create } from 'zustand';
import type { SecretEncoding } from '../../core/keys/decode-secret';
import { LEARN_EXAMPLE_SECRET, LEARN_EXAMPLE_TOKEN } from './example-token';

/** The token and key the learn view explains, as typed; memory only, never in the URL (ADR 005). */
export interface LearnInputs {
  tokenText: string;
  keyText: string;
  secretEncoding: SecretEncoding;
}

interface LearnActions {
  setTokenText: (text: string) => void;
  setKeyText: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  /**
   * Starts from the decoder's token and key when the decoder has a token not yet taken; keeps what
   * the learner has otherwise (the example on a first visit).
   */
  seed: (decoder: LearnInputs) => void;
}

export type LearnStore = LearnInputs & LearnActions & { seededFrom: string };

const EXAMPLE: LearnInputs = { tokenText: LEARN_EXAMPLE_TOKEN, keyText: LEARN_EXAMPLE_SECRET, secretEncoding: 'utf8' };

export function createLearnStore() {
  return create<LearnStore>()((set, get) => ({
    ...EXAMPLE,
    seededFrom: '',
    setTokenText: (tokenText) => set({ tokenText }),
    setKeyText: (keyText) => set({ keyText }),
    setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
    seed: (decoder) => {
      if (decoder.tokenText.trim() === '' || decoder.tokenText === get().seededFrom) return;
      set({ ...decoder, seededFrom: decoder.tokenText });
    },
  }));
}

export const useLearnStore = createLearnStore();
