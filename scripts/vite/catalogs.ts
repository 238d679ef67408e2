import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalog/';

/**
 * Serves `virtual:catalog/<locale>/<area>[,<area>…]` as the ICU messages of
 * `src/i18n/locales/<locale>/<area>.json`, merged and compiled at build time, so the bundle carries
 * Lingui's small runtime and not its message compiler, and each area can load when it is needed.
 * A malformed message, an unknown area or a key defined twice fails the build.
 */
export function catalogsPlugin(localesDir: string): Plugin {
  return {
    name: 'jwt-inspector:catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const [locale = '', areaList = ''] = id.slice(PREFIX.length + 1).split('/');
      if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) this.error(`unknown catalog locale "${locale}"`);
      const compiled: Record<string, unknown> = {};
      for (const area of areaList.split(',')) {
        if (!/^[a-z][a-z-]*$/.test(area)) this.error(`bad catalog area "${area}" in ${id.slice(1)}`);
        const file = resolve(localesDir, locale, `${area}.json`);
        if (!existsSync(file)) this.error(`no catalog file ${locale}/${area}.json`);
        this.addWatchFile(file);
        const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        for (const [key, message] of Object.entries(source)) {
          if (key in compiled) this.error(`${locale}/${area}.json: key "${key}" is defined twice`);
          try {
            compiled[key] = compileMessageOrThrow(message);
          } catch (error) {
            this.error(`${locale}/${area}.json, key "${key}": ${String(error)}`);
          }
        }
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
