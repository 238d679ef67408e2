import { useCallback, useSyncExternalStore } from 'react';
import { i18n, type MessageKey, type MessageValues } from './i18n';
import type { Locale } from './locales';

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

function getLocale(): Locale {
  return i18n.locale as Locale;
}

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The translation function for the active locale; components re-render when it changes. */
export function useT(): Translate {
  const locale = useLocale();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the locale is the cache key of `t`
  return useCallback((key, values) => i18n._(key, values), [locale]);
}
