import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { afterAll, describe, expect, it } from 'vitest';
import { PROTOTYPE_NAMES } from '../core/test-support/prototype-names';
import { activateLocale, guardSelectValues, i18n, translate, type MessageKey, type MessageValues } from './i18n';
import { LOCALES } from './locales';
import { readCatalogue } from './test-support/read-catalogue';

/** Each argument a compiled message uses, with its ICU type (undefined for a plain `{name}`). */
function argumentsOf(message: CompiledMessage): Map<string, string | undefined> {
  const found = new Map<string, string | undefined>();
  const visit = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, type, format] = token;
      if (name !== '#' && found.get(name) === undefined) found.set(name, type);
      if (format && typeof format === 'object') for (const branch of Object.values(format)) if (Array.isArray(branch)) visit(branch as CompiledMessage);
    }
  };
  visit(message);
  return found;
}

const compile = (message: string) => compileMessageOrThrow(message);

describe('guardSelectValues', () => {
  it.each([
    ['a prototype name matching no option', '{kind, select, jws {JWS} other {JWE}}', { kind: 'constructor' }, { kind: 'other' }],
    ['__proto__', '{kind, select, jws {JWS} other {JWE}}', { kind: '__proto__' }, { kind: 'other' }],
    ['a select nested in another', '{a, select, x {{b, select, y {Y} other {O}}} other {}}', { a: 'x', b: 'toString' }, { a: 'x', b: 'other' }],
    ['an option that exists', '{kind, select, jws {JWS} other {JWE}}', { kind: 'jws' }, { kind: 'jws' }],
    ['an unknown value that is not a prototype name (Lingui already says other)', '{kind, select, jws {JWS} other {JWE}}', { kind: 'jwe' }, { kind: 'jwe' }],
    ['a prototype name given to a plural', '{count, plural, one {# key} other {# keys}}', { count: 'valueOf' }, { count: 'other' }],
    ['a plain argument, shown as written', 'kty {kty}', { kty: 'constructor' }, { kty: 'constructor' }],
    ['a number', '{count, plural, one {# key} other {# keys}}', { count: 1 }, { count: 1 }],
  ])('%s', (_name, message, values: MessageValues, expected: MessageValues) => {
    expect(guardSelectValues(compile(message), values)).toEqual(expected);
  });
});

describe.each([...LOCALES])('every %s message with Object.prototype names as its values', (locale) => {
  afterAll(async () => {
    await activateLocale('en');
  });

  it('says no Object.prototype member (no function source, no [object Object])', async () => {
    const catalogue = readCatalogue(locale);
    const compiled = Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, compile(message)]));
    i18n.load(locale, compiled);
    await activateLocale(locale);
    const broken: string[] = [];
    for (const [key, message] of Object.entries(compiled)) {
      const args = argumentsOf(message);
      if (args.size === 0) continue;
      for (const name of PROTOTYPE_NAMES) {
        const values = Object.fromEntries([...args].map(([arg, type]) => [arg, type === 'plural' || type === 'selectordinal' || type === 'number' ? 1 : name]));
        const said = translate(key as MessageKey, values);
        if (/native code|\[object |=>|function /.test(said)) broken.push(`${key} with ${name}: ${said}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
