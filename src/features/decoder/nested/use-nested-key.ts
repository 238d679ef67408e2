import { useState } from 'react';
import type { SecretEncoding } from '../../../core/keys/decode-secret';
import { useDecoderStore } from '../page/decoder-store';

/** The inner token's key box: its text and secret encoding, and how to change them. */
export interface NestedKey {
  keyText: string;
  secretEncoding: SecretEncoding;
  setKeyText: (keyText: string) => void;
  setSecretEncoding: (secretEncoding: SecretEncoding) => void;
}

interface Held {
  token: string;
  outerToken: string;
  keyText: string;
  secretEncoding: SecretEncoding;
}

/**
 * The key for the inner token `token`, held in this component's state only: never in the decoder's
 * store, so never persisted or put in a link. Emptied when the inner token or the decoder's (outer)
 * token text changes, so a key never outlives the token it was pasted for.
 */
export function useNestedKey(token: string): NestedKey {
  const outerToken = useDecoderStore((state) => state.tokenText);
  const fresh: Held = { token, outerToken, keyText: '', secretEncoding: 'utf8' };
  const [held, setHeld] = useState<Held>(fresh);
  const current = held.token === token && held.outerToken === outerToken ? held : fresh;
  if (current !== held) setHeld(current);
  return {
    keyText: current.keyText,
    secretEncoding: current.secretEncoding,
    setKeyText: (keyText) => setHeld((last) => ({ ...last, keyText })),
    setSecretEncoding: (secretEncoding) => setHeld((last) => ({ ...last, secretEncoding })),
  };
}
