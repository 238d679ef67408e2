import { describe, expect, it } from 'vitest';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import en from './locales/en.json';
import ko from './locales/ko.json';

const catalogues = { en, ko } as Record<string, Record<string, string>>;

/** The placeholder names a message uses, e.g. {count, plural, …} and {part} give count and part. */
function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z]\w*)\s*[,}]/g)].map((match) => match[1] ?? ''))].sort();
}

describe('message catalogues', () => {
  const englishKeys = Object.keys(en).sort();

  it.each(Object.keys(catalogues))('%s has exactly the keys English has', (locale) => {
    const keys = Object.keys(catalogues[locale] ?? {}).sort();
    expect({ missing: englishKeys.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !englishKeys.includes(key)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(Object.keys(catalogues))('every %s message is valid ICU and uses the same placeholders as English', (locale) => {
    const catalogue = catalogues[locale] ?? {};
    for (const [key, message] of Object.entries(catalogue)) {
      expect(() => compileMessageOrThrow(message), key).not.toThrow();
      expect(placeholdersOf(message), key).toEqual(placeholdersOf((en as Record<string, string>)[key] ?? ''));
      expect(message.trim(), key).not.toBe('');
    }
  });
});
