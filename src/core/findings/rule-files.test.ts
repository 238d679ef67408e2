import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from './finding';
import { RULES } from './registry';
import { RULE_IDS } from './rule-ids';

// ESLint's checkRuleFiles: every rule has a module, a test table, a docs section and its texts.
const RULES_DIR = resolve(import.meta.dirname, 'rules');
const ROOT = resolve(import.meta.dirname, '../../..');
const docs = readFileSync(resolve(ROOT, 'docs/security-rules.md'), 'utf8');
const catalogues = Object.fromEntries(
  ['en', 'ko'].map((locale) => [locale, JSON.parse(readFileSync(resolve(ROOT, `src/i18n/locales/${locale}/findings.json`), 'utf8')) as Record<string, string>]),
);
const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();

describe('rule files', () => {
  it('the registry lists every rule file, in catalog order, and nothing else', () => {
    expect(RULES.map((rule) => rule.meta.id)).toEqual([...RULE_IDS]);
    expect([...RULE_IDS].sort()).toEqual(ruleFiles);
  });

  it.each([...RULE_IDS])('%s has a test table beside it', (id) => {
    expect(existsSync(resolve(RULES_DIR, `${id}.test.ts`)), `missing tests for rule ${id}`).toBe(true);
  });

  it.each([...RULE_IDS])('%s has a section in docs/security-rules.md', (id) => {
    expect(docs.split('\n'), `missing documentation for rule ${id}`).toContain(`## ${id}`);
  });

  it.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s has consistent metadata', (id, rule) => {
    const { meta } = rule;
    expect(meta.docsAnchor).toBe(id);
    expect(meta.severities[0]).toBe(meta.severity);
    expect([...meta.severities].sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))).toEqual([...meta.severities]);
    expect(meta.needs).toContain('token');
    expect(meta.messageIds.length).toBeGreaterThan(0);
    expect(new Set(meta.messageIds).size).toBe(meta.messageIds.length);
    expect(meta.references.length).toBeGreaterThan(0);
    for (const reference of meta.references) if (reference.url !== undefined) expect(reference.url).toMatch(/^https:\/\//);
  });

  it.each(RULES.flatMap((rule) => ['en', 'ko'].map((locale) => [rule.meta.id, locale, rule] as const)))('%s has every text in %s', (id, locale, rule) => {
    const catalogue = catalogues[locale] ?? {};
    const keys = [`rule.${id}.title`, `rule.${id}.why`, `rule.${id}.fix`, ...rule.meta.messageIds.map((messageId) => `finding.${id}.${messageId}`)];
    expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
  });

  it('the catalogues hold no text for a message id no rule has', () => {
    const known = new Set(RULES.flatMap((rule) => rule.meta.messageIds.map((messageId) => `finding.${rule.meta.id}.${messageId}`)));
    expect(Object.keys(catalogues.en ?? {}).filter((key) => key.startsWith('finding.') && !known.has(key))).toEqual([]);
  });
});
