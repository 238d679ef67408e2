import { setupI18n } from '@lingui/core';
import type { Messages } from '@lingui/core';
import enCore from 'virtual:catalog/en/app,verify';
import type enApp from './locales/en/app.json';
import type enAudit from './locales/en/audit.json';
import type enClaims from './locales/en/claims.json';
import type enDiff from './locales/en/diff.json';
import type enEncoder from './locales/en/encoder.json';
import type enFindings from './locales/en/findings.json';
import type enLearn from './locales/en/learn.json';
import type enLearnAnatomy from './locales/en/learn-anatomy.json';
import type enLearnLens from './locales/en/learn-lens.json';
import type enLearnLessons from './locales/en/learn-lessons.json';
import type enLearnSignature from './locales/en/learn-signature.json';
import type enLearnTamper from './locales/en/learn-tamper.json';
import type enGlossary from './locales/en/glossary.json';
import type enShare from './locales/en/share.json';
import type enVerify from './locales/en/verify.json';
import type enVerifyDetails from './locales/en/verify-details.json';
import { DEFAULT_LOCALE, type Locale } from './locales';

/** Every English file's keys; a key missing here is a type error at the call site. */
export type MessageKey =
  | keyof typeof enApp
  | keyof typeof enVerify
  | keyof typeof enVerifyDetails
  | keyof typeof enClaims
  | keyof typeof enGlossary
  | keyof typeof enEncoder
  | keyof typeof enAudit
  | keyof typeof enFindings
  | keyof typeof enLearn
  | keyof typeof enLearnAnatomy
  | keyof typeof enLearnLens
  | keyof typeof enLearnSignature
  | keyof typeof enLearnTamper
  | keyof typeof enLearnLessons
  | keyof typeof enShare
  | keyof typeof enDiff;
export type MessageValues = Record<string, string | number>;

type CatalogueLoader = () => Promise<{ default: Messages }>;

/**
 * The decoder's own texts ship in the main bundle (English) or in one chunk (other languages).
 * Areas needed only later (the claims and validity drawn after the payload, reasons shown once a
 * key is pasted) load on first use, so the first load stays small (docs/decisions/003).
 */
const CORE: Record<Exclude<Locale, 'en'>, CatalogueLoader> = {
  ko: () => import('virtual:catalog/ko/app,verify'),
};

export type LazyArea = 'claims' | 'verify-details' | 'glossary' | 'encoder' | 'audit' | 'findings' | 'learn' | 'jwe' | 'share' | 'diff';

const LAZY: Record<LazyArea, Record<Locale, CatalogueLoader>> = {
  claims: {
    en: () => import('virtual:catalog/en/claims'),
    ko: () => import('virtual:catalog/ko/claims'),
  },
  'verify-details': {
    en: () => import('virtual:catalog/en/verify-details'),
    ko: () => import('virtual:catalog/ko/verify-details'),
  },
  glossary: {
    en: () => import('virtual:catalog/en/glossary'),
    ko: () => import('virtual:catalog/ko/glossary'),
  },
  encoder: {
    en: () => import('virtual:catalog/en/encoder'),
    ko: () => import('virtual:catalog/ko/encoder'),
  },
  audit: {
    en: () => import('virtual:catalog/en/audit'),
    ko: () => import('virtual:catalog/ko/audit'),
  },
  findings: {
    en: () => import('virtual:catalog/en/findings'),
    ko: () => import('virtual:catalog/ko/findings'),
  },
  // The learn view's texts, one file per part of it, fetched together when the view first opens.
  learn: {
    en: () => import('virtual:catalog/en/learn,learn-anatomy,learn-lens,learn-signature,learn-tamper,learn-lessons'),
    ko: () => import('virtual:catalog/ko/learn,learn-anatomy,learn-lens,learn-signature,learn-tamper,learn-lessons'),
  },
  // Decryption's statuses and reasons, and the nested token's texts: fetched with the first JWE.
  jwe: {
    en: () => import('virtual:catalog/en/decrypt,nested'),
    ko: () => import('virtual:catalog/ko/decrypt,nested'),
  },
  // The share dialog's texts, and those shown when the page opens on a link that holds a token.
  share: {
    en: () => import('virtual:catalog/en/share'),
    ko: () => import('virtual:catalog/ko/share'),
  },
  // The token diff's texts, fetched when `#/diff` first opens.
  diff: {
    en: () => import('virtual:catalog/en/diff'),
    ko: () => import('virtual:catalog/ko/diff'),
  },
};

export const i18n = setupI18n({ locale: DEFAULT_LOCALE, messages: { en: enCore } });

const requestedAreas = new Set<LazyArea>();
const loaded = new Set<string>(['en']);

async function ensureLoaded(id: string, loader: CatalogueLoader, locale: Locale): Promise<void> {
  if (loaded.has(id)) return;
  const { default: messages } = await loader();
  loaded.add(id);
  i18n.load(locale, messages);
}

async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en') await ensureLoaded(locale, CORE[locale], locale);
  await Promise.all([...requestedAreas].map((area) => ensureLoaded(`${locale}/${area}`, LAZY[area][locale], locale)));
}

/** Loads what the locale needs, then switches every `useT()` consumer at once. */
export async function activateLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  i18n.activate(locale);
}

/** Loads an area's messages for the active locale (and for any locale chosen later). */
export async function loadArea(area: LazyArea): Promise<void> {
  requestedAreas.add(area);
  const locale = i18n.locale as Locale;
  await ensureLoaded(`${locale}/${area}`, LAZY[area][locale], locale);
}

export function isAreaLoaded(area: LazyArea): boolean {
  return loaded.has(`${i18n.locale}/${area}`);
}

const OPTION_TYPES: ReadonlySet<string> = new Set(['select', 'plural', 'selectordinal']);
/** What a plain object answers to without having it: `constructor`, `toString`, `__proto__`, … */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Returns `values` with every argument of an ICU `select` (or `plural`) whose value is the name of
 * an Object.prototype member, and none of the options, set to `other`. Lingui picks an option with
 * `options[value]`, so a value taken from a token such as "constructor" or "__proto__" would find
 * that member instead of `other`, which is what Lingui chooses for every other unknown value.
 */
export function guardSelectValues(message: unknown, values: MessageValues): MessageValues {
  let guarded = values;
  const visit = (tokens: unknown): void => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens as unknown[]) {
      if (!Array.isArray(token)) continue;
      const [name, type, options] = token as [unknown, unknown, unknown];
      if (typeof options !== 'object' || options === null) continue;
      if (typeof type === 'string' && OPTION_TYPES.has(type) && typeof name === 'string' && Object.hasOwn(values, name)) {
        const value = values[name];
        if (typeof value === 'string' && PROTOTYPE_NAMES.has(value) && !Object.hasOwn(options, value)) guarded = { ...guarded, [name]: 'other' };
      }
      for (const option of Object.values(options)) visit(option);
    }
  };
  visit(message);
  return guarded;
}

/** Returns the message `key` of the active locale with `values` filled in; see `guardSelectValues` for values that match no option. */
export function translate(key: MessageKey, values?: MessageValues): string {
  return i18n._(key, values === undefined ? undefined : guardSelectValues(i18n.messages[key], values));
}
