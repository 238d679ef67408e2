import { create } from 'zustand';
import { findAttack, isAttackKind, type AttackKind } from '../../../core/crypto/attacks/attack-catalogue';

/** The `encoder-attack` values: no attack, or one of the catalogue's kinds. */
export type AttackChoice = 'none' | AttackKind;

/** What the user chose for the attack token. Memory only, like every encoder input (ADR 005). */
export interface AttackInputs {
  kind: AttackChoice;
  /** A variant id of the kind's catalogue entry. */
  variant: string;
  /** What `encoder-attack-input` holds: the URL for jku / x5u, a custom kid. */
  text: string;
}

interface AttackActions {
  /** Chooses the attack, with its default variant; the input is kept while the new kind takes the same sort of input. */
  chooseKind: (kind: string) => void;
  chooseVariant: (variant: string) => void;
  editText: (text: string) => void;
}

export type AttackStore = AttackInputs & AttackActions;

function inputOf(kind: AttackChoice): string {
  return kind === 'none' ? 'none' : findAttack(kind).input;
}

/** A factory, so each test can have a fresh store. */
export function createAttackStore() {
  return create<AttackStore>()((set) => ({
    kind: 'none',
    variant: '',
    text: '',
    chooseKind: (chosen) =>
      set((state) => {
        const kind: AttackChoice = isAttackKind(chosen) ? chosen : 'none';
        const variant = kind === 'none' ? '' : findAttack(kind).variants[0].id;
        return { kind, variant, text: inputOf(kind) === inputOf(state.kind) ? state.text : '' };
      }),
    chooseVariant: (variant) => set({ variant }),
    editText: (text) => set({ text }),
  }));
}

export const useAttackStore = createAttackStore();
