import { create } from 'zustand';
import type { GeneratedKey, RsaModulusBits } from '../../core/crypto/generate-key';
import type { EcdhCurve, GeneratedJweKey } from '../../core/crypto/generate-jwe-key';
import type { SecretEncoding } from '../../core/keys/decode-secret';
import type { EncoderHandoff } from '../../stores/handoff-store';
import { isEncoderAlgorithm, isJweAlgorithm, isJweEncryption, type EncoderAlgorithm, type EncoderMode } from './algorithms';
import { readHeaderAlg, readJsonObject, removeJsonMember, setJsonMember } from './edit-json-member';

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
  /** Sign (JWS) or encrypt (JWE). In `jwe` mode the JWS inputs above sign the inner token of a nested one. */
  mode: EncoderMode;
  /** The JWE protected header, kept apart from the JWS header so each mode keeps what was typed. */
  jweHeaderText: string;
  /** The key management algorithm. */
  jweAlg: string;
  /** The content encryption algorithm. */
  enc: string;
  /** Sign the payload with the JWS inputs first, then encrypt that JWS (the header carries `cty: "JWT"`). */
  nest: boolean;
  /** The recipient's public key, or the shared secret or password. */
  jweKeyText: string;
  jweSecretEncoding: SecretEncoding;
  ecdhCurve: EcdhCurve;
  /** The last generated JWE key, while the key box still holds what generation put there. */
  jweGenerated: GeneratedJweKey | null;
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
  setMode: (mode: EncoderMode) => void;
  /** Chooses the key management algorithm and writes it into the JWE header's `alg`. */
  chooseJweAlg: (alg: string) => void;
  /** Chooses the content encryption and writes it into the JWE header's `enc`. */
  chooseEnc: (enc: string) => void;
  /** Turns sign-then-encrypt on or off, adding or removing the JWE header's `cty: "JWT"`. */
  setNest: (nest: boolean) => void;
  editJweKey: (text: string) => void;
  setJweSecretEncoding: (encoding: SecretEncoding) => void;
  setEcdhCurve: (curve: EcdhCurve) => void;
  /** Puts a generated JWE key into the key box (the public PEM, or the secret or password as text in `encoding`). */
  applyGeneratedJweKey: (key: GeneratedJweKey, keyText: string, encoding: SecretEncoding) => void;
}

export type EncoderStore = EncoderInputs & EncoderActions;

export const INITIAL_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}';
export const INITIAL_JWE_HEADER = '{\n  "alg": "dir",\n  "enc": "A256GCM"\n}';
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
  mode: 'jws',
  jweHeaderText: INITIAL_JWE_HEADER,
  jweAlg: 'dir',
  enc: 'A256GCM',
  nest: false,
  jweKeyText: '',
  jweSecretEncoding: 'utf8',
  ecdhCurve: 'P-256',
  jweGenerated: null,
};

function withAlg(state: EncoderInputs, alg: EncoderAlgorithm): Partial<EncoderInputs> {
  return alg === state.alg ? {} : { alg, noneConfirmed: false };
}

/** What a typed JWE header chooses: its `alg` and `enc` when they are ones the encoder offers. */
function readJweChoices(text: string): Partial<EncoderInputs> {
  const header = readJsonObject(text);
  const choices: Partial<EncoderInputs> = {};
  if (isJweAlgorithm(header?.alg)) choices.jweAlg = header.alg;
  if (isJweEncryption(header?.enc)) choices.enc = header.enc;
  return choices;
}

/** The JWE header with `name` set to `value`, or as it was when it is not a JSON object. */
function withJweMember(state: EncoderInputs, name: string, value: string): string {
  return setJsonMember(state.jweHeaderText, name, value) ?? state.jweHeaderText;
}

/** A factory, so each test can have a fresh store. */
export function createEncoderStore() {
  return create<EncoderStore>()((set) => ({
    ...INITIAL,
    editHeader: (headerText) =>
      set((state) => {
        if (state.mode === 'jwe') return { jweHeaderText: headerText, ...readJweChoices(headerText) };
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
          mode: 'jws',
        };
      }),
    setMode: (mode) => set({ mode }),
    chooseJweAlg: (jweAlg) => set((state) => ({ jweAlg, jweHeaderText: withJweMember(state, 'alg', jweAlg) })),
    chooseEnc: (enc) => set((state) => ({ enc, jweHeaderText: withJweMember(state, 'enc', enc) })),
    setNest: (nest) =>
      set((state) => {
        const cty = readJsonObject(state.jweHeaderText)?.cty;
        if (nest) return { nest, jweHeaderText: cty === undefined ? withJweMember(state, 'cty', 'JWT') : state.jweHeaderText };
        return { nest, jweHeaderText: cty === 'JWT' ? (removeJsonMember(state.jweHeaderText, 'cty') ?? state.jweHeaderText) : state.jweHeaderText };
      }),
    editJweKey: (jweKeyText) => set({ jweKeyText, jweGenerated: null }),
    setJweSecretEncoding: (jweSecretEncoding) => set({ jweSecretEncoding }),
    setEcdhCurve: (ecdhCurve) => set({ ecdhCurve }),
    applyGeneratedJweKey: (jweGenerated, jweKeyText, jweSecretEncoding) => set({ jweGenerated, jweKeyText, jweSecretEncoding }),
  }));
}

export const useEncoderStore = createEncoderStore();
