import { create } from 'zustand';
import type { SecretEncoding } from '../core/keys/decode-secret';

/** What "Open in decoder" carries: the token and what verifies it (a public key, or the secret). */
export interface DecoderHandoff {
  target: 'decoder';
  token: string;
  keyText: string;
  secretEncoding: SecretEncoding;
}

/** What "Edit in encoder" carries: the decoded header and payload, and the key when it can sign. */
export interface EncoderHandoff {
  target: 'encoder';
  headerJson: string;
  payloadJson: string;
  /** A secret or a private key; empty when the decoder had a public key or none. */
  keyText: string;
  secretEncoding: SecretEncoding;
}

export type Handoff = DecoderHandoff | EncoderHandoff;

interface HandoffStore {
  pending: Handoff | null;
  /** Leaves something for the view about to open. */
  send: (handoff: Handoff) => void;
  /** Returns what was left for `target` and forgets it (one-shot), or null. */
  take: <Target extends Handoff['target']>(target: Target) => Extract<Handoff, { target: Target }> | null;
}

/**
 * A one-shot hand-over between two views, in memory only: tokens and keys are never persisted
 * (ADR 005), and a handoff is dropped as soon as its view reads it.
 */
export function createHandoffStore() {
  return create<HandoffStore>()((set, get) => ({
    pending: null,
    send: (handoff) => set({ pending: handoff }),
    take: <Target extends Handoff['target']>(target: Target) => {
      const { pending } = get();
      if (pending === null || pending.target !== target) return null;
      set({ pending: null });
      return pending as Extract<Handoff, { target: Target }>;
    },
  }));
}

export const useHandoffStore = createHandoffStore();
