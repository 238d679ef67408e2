import { useEffect, useSyncExternalStore } from 'react';
import { i18n, isAreaLoaded, loadArea, translate, type LazyArea, type MessageKey, type MessageValues } from './i18n';
import type { Locale } from './locales';

// Lingui emits "change" on activate and on load; the version makes a newly loaded area re-render too.
let version = 0;
i18n.on('change', () => {
  version += 1;
});

function subscribe(onChange: () => void): () => void {
  return i18n.on('change', onChange);
}

const getVersion = () => version;
const getLocale = () => i18n.locale as Locale;

export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

// One function per catalogue version, shared by every component: its identity says which messages it
// reads, so what is derived from a translation can be kept per `t` (see widgets/VisibleText.tsx).
let shared: { version: number; t: Translate } = { version: -1, t: translate };

function translatorOf(catalogueVersion: number): Translate {
  if (shared.version !== catalogueVersion) shared = { version: catalogueVersion, t: (key, values) => translate(key, values) };
  return shared.t;
}

/** The translation function for the active locale; components re-render when it or its messages change. */
export function useT(): Translate {
  return translatorOf(useSyncExternalStore(subscribe, getVersion, getVersion));
}

/** Loads a lazy message area once `needed`; true when its messages are there for the active locale. */
export function useCatalogueArea(area: LazyArea, needed = true): boolean {
  useSyncExternalStore(subscribe, getVersion, getVersion);
  const ready = isAreaLoaded(area);
  useEffect(() => {
    if (needed && !ready) void loadArea(area);
  }, [area, needed, ready]);
  return ready;
}
