import { useCallback } from 'react';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import type enDecrypt from '../../../i18n/locales/en/decrypt.json';
import { useT } from '../../../i18n/use-t';

/** The keys of decryption's own catalogue (decrypt.json, loaded with the jwe area). */
export type DecryptMessageKey = keyof typeof enDecrypt;

/** Translates one key of decrypt.json. */
export type DecryptTranslate = (key: DecryptMessageKey, values?: MessageValues) => string;

/**
 * `useT` for decryption's texts. The app's `MessageKey` does not list decrypt.json yet, so this
 * checks the key against that file instead.
 */
export function useDecryptT(): DecryptTranslate {
  const t = useT();
  return useCallback((key, values) => t(key as string as MessageKey, values), [t]);
}
