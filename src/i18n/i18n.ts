import { setupI18n } from '@lingui/core';
import type { Messages } from '@lingui/core';
import en from 'virtual:catalog/en';
import type enApp from './locales/en/app.json';
import type enClaims from './locales/en/claims.json';
import type enVerify from './locales/en/verify.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

/** Every English file's keys; a key missing here is a type error at the call site. */
export type MessageKey = keyof typeof enApp | keyof typeof enVerify | keyof typeof enClaims;
export type MessageValues = Record<string, string | number>;

/** English ships in the main bundle; other catalogues load on first use, from our own origin. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  ko: () => import('virtual:catalog/ko'),
};

export const i18n = setupI18n({ locale: DEFAULT_LOCALE, messages: { en } });

/** Loads the catalogue if needed, then switches every `useT()` consumer at once. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !(locale in i18n.messages)) {
    const { default: messages } = await loaders[locale]();
    i18n.load(locale, messages);
  }
  i18n.activate(locale);
}

export function translate(key: MessageKey, values?: MessageValues): string {
  return i18n._(key, values);
}
