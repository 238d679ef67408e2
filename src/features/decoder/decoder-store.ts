import { create } from 'zustand';
import { EXAMPLE_TOKEN } from './example-token';

/**
 * What the user typed into the decoder, and nothing derived: the decoded report is computed from
 * it, never stored. Held in memory only (docs/decisions/005-no-persistence-of-secrets.md).
 */
export interface DecoderInputs {
  tokenText: string;
}

interface DecoderActions {
  setTokenText: (text: string) => void;
  loadExample: () => void;
  clearAll: () => void;
}

export type DecoderStore = DecoderInputs & DecoderActions;

const INITIAL: DecoderInputs = { tokenText: '' };

/** A factory, so each test gets a fresh store. */
export function createDecoderStore() {
  return create<DecoderStore>()((set) => ({
    ...INITIAL,
    setTokenText: (tokenText) => set({ tokenText }),
    loadExample: () => set({ tokenText: EXAMPLE_TOKEN }),
    clearAll: () => set(INITIAL),
  }));
}

export const useDecoderStore = createDecoderStore();
