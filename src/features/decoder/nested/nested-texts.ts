import { useCallback } from 'react';
import type { MessageKey, MessageValues } from '../../../i18n/i18n';
import type enNested from '../../../i18n/locales/en/nested.json';
import { useT } from '../../../i18n/use-t';

/** The keys of the nested token's own catalogue (nested.json, loaded with the jwe area). */
export type NestedMessageKey = keyof typeof enNested;

/**
 * `useT` for the nested token's texts. The app's `MessageKey` does not list nested.json yet, so
 * this checks the key against that file instead.
 */
export function useNestedT(): (key: NestedMessageKey, values?: MessageValues) => string {
  const t = useT();
  return useCallback((key, values) => t(key as string as MessageKey, values), [t]);
}
