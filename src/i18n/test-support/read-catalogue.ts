// Test-only: the message catalogues as the build's catalogue plugin sees them.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCALES_DIR = resolve(import.meta.dirname, '..', 'locales');

/** A locale's messages, every area file merged, as the build's catalogue plugin merges them. */
export function readCatalogue(locale: string): Record<string, string> {
  const dir = resolve(LOCALES_DIR, locale);
  const merged: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    Object.assign(merged, JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Record<string, string>);
  }
  return merged;
}
