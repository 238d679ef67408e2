import { create } from 'zustand';
import type { GeneratedKey, RsaModulusBits } from '../../core/crypto/generate-key';
import type { SecretEncoding } from '../../core/keys/decode-secret';
import type { EncoderHandoff } from '../../stores/handoff-store';
import { isEncoderAlgorithm, type EncoderAlgorithm } from './algorithms';
import { readHeaderAlg, setJsonMember } from './edit-json-member';

/**
 * What the user typed or chose in the encoder, and the key they generated. Memory only (ADR 005):
 * nothing here is persisted, and a generated private key is forgotten with the page.
 */
export interface EncoderInputs {
  headerText: string;
  payloadText: string;
  alg: EncoderAlgorithm;
  keyText: string;
  secretEncoding: SecretEncoding;
  /** The explicit "yes, make an unsigned token"; cleared whenever the algorithm changes. */
  noneConfirmed: boolean;
  rsaBits: RsaModulusBits;
  /** The last generated key, while the key box still holds what generation put there. */
  generated: GeneratedKey | null;
}

interface EncoderActions {
  /** Sets the header text; a known `alg` typed there becomes the chosen algorithm. */
  editHeader: (text: string) => void;
  editPayload: (text: string) => void;
  /** Chooses the algorithm and writes it into the header's `alg`. */
  chooseAlg: (alg: EncoderAlgorithm) => void;
  editKey: (text: string) => void;
  setSecretEncoding: (encoding: SecretEncoding) => void;
  confirmNone: (confirmed: boolean) => void;
  setRsaBits: (bits: RsaModulusBits) => void;
  /** Puts a generated key into the key box (the private PEM, or the secret as text in `encoding`). */
  applyGeneratedKey: (key: GeneratedKey, keyText: string, encoding: SecretEncoding) => void;
  /** Fills the encoder from the decoder's "Edit in encoder". */
  loadHandoff: (handoff: EncoderHandoff) => void;
}

export type EncoderStore = EncoderInputs & EncoderActions;

export const INITIAL_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}';
export const INITIAL_PAYLOAD = '{\n  "sub": "1234567890",\n  "name": "John Doe",\n  "admin": true,\n  "iat": 1516239022\n}';

const INITIAL: EncoderInputs = {
  headerText: INITIAL_HEADER,
  payloadText: INITIAL_PAYLOAD,
  alg: 'HS256',
  keyText: '',
  secretEncoding: 'utf8',
  noneConfirmed: false,
  rsaBits: 2048,
  generated: null,
};

function withAlg(state: EncoderInputs, alg: EncoderAlgorithm): Partial<EncoderInputs> {
  return alg === state.alg ? {} : { alg, noneConfirmed: false };
}

/** A factory, so each test can have a fresh store. */
export function createEncoderStore() {
  return create<EncoderStore>()((set) => ({
    ...INITIAL,
    editHeader: (headerText) =>
      set((state) => {
        const typed = readHeaderAlg(headerText);
        return { headerText, ...(isEncoderAlgorithm(typed) ? withAlg(state, typed) : {}) };
      }),
    editPayload: (payloadText) => set({ payloadText }),
    chooseAlg: (alg) =>
      set((state) => ({ ...withAlg(state, alg), headerText: setJsonMember(state.headerText, 'alg', alg) ?? state.headerText })),
    editKey: (keyText) => set({ keyText, generated: null }),
    setSecretEncoding: (secretEncoding) => set({ secretEncoding }),
    confirmNone: (noneConfirmed) => set({ noneConfirmed }),
    setRsaBits: (rsaBits) => set({ rsaBits }),
    applyGeneratedKey: (generated, keyText, secretEncoding) => set({ generated, keyText, secretEncoding }),
    loadHandoff: (handoff) =>
      set((state) => {
        const typed = readHeaderAlg(handoff.headerJson);
        return {
          headerText: handoff.headerJson,
          payloadText: handoff.payloadJson,
          keyText: handoff.keyText,
          secretEncoding: handoff.secretEncoding,
          generated: null,
          ...(isEncoderAlgorithm(typed) ? withAlg(state, typed) : {}),
          noneConfirmed: false,
        };
      }),
  }));
}

export const useEncoderStore = createEncoderStore();
