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
}

interface DecoderActions {
  setTokenText: (text: string) => void;
  setKeyText: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  loadExample: () => void;
  /** Fills token and key together, as the examples menu does. */
  loadTokenAndKey: (tokenText: string, keyText: string, secretEncoding?: SecretEncoding) => void;
  clearAll: () => void;
}

export type DecoderStore = DecoderInputs & DecoderActions;

const INITIAL: DecoderInputs = { tokenText: '', keyText: '', secretEncoding: 'utf8' };

/** A factory, so each test can have a fresh store. */
export function createDecoderStore() {
  return create<DecoderStore>()((set) => ({
    ...INITIAL,
    setTokenText: (tokenText) => set({ tokenText }),
    setKeyText: (keyText) => set({ keyText }),
    setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
    loadExample: () => set({ tokenText: EXAMPLE_TOKEN }),
    loadTokenAndKey: (tokenText, keyText, secretEncoding = 'utf8') => set({ tokenText, keyText, secretEncoding }),
    clearAll: () => set(INITIAL),
  }));
}

export const useDecoderStore = createDecoderStore();
