import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { LOCALES_DIR, readCatalogue } from './test-support/read-catalogue';

/** The argument names a message uses, found in its compiled form (so select branches are not mistaken for arguments). */
function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, , format] = token;
      if (name !== '#') names.add(name);
      if (format && typeof format === 'object') {
        for (const [branch, value] of Object.entries(format)) {
          if (branch !== 'offset' && Array.isArray(value)) visit(value as CompiledMessage);
        }
      }
    }
  };
  visit(compileMessageOrThrow(message));
  return [...names].sort();
}

describe('message catalogues', () => {
  const english = readCatalogue('en');
  const englishKeys = Object.keys(english).sort();

  it('every locale directory is a supported locale and the reverse', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it.each([...LOCALES])('%s has exactly the keys English has, in the same area files', (locale) => {
    const keys = Object.keys(readCatalogue(locale)).sort();
    expect({ missing: englishKeys.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !englishKeys.includes(key)) }).toEqual({
      missing: [],
      extra: [],
    });
    expect(readdirSync(resolve(LOCALES_DIR, locale)).sort()).toEqual(readdirSync(resolve(LOCALES_DIR, 'en')).sort());
  });

  it.each([...LOCALES])('every %s message is valid ICU, not empty, and uses the same placeholders as English', (locale) => {
    for (const [key, message] of Object.entries(readCatalogue(locale))) {
      expect(() => compileMessageOrThrow(message), key).not.toThrow();
      expect(placeholdersOf(message), key).toEqual(placeholdersOf(english[key] ?? ''));
      expect(message.trim(), key).not.toBe('');
    }
  });
});
