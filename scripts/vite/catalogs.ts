import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalog/';

/**
 * Serves `virtual:catalog/<locale>` as the ICU messages of every `src/i18n/locales/<locale>/*.json`
 * (one file per area of the app), compiled at build time, so the bundle carries Lingui's small
 * runtime and not its message compiler. A malformed message or a key defined twice fails the build.
 */
export function catalogsPlugin(localesDir: string): Plugin {
  return {
    name: 'jwt-inspector:catalogs',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const locale = id.slice(PREFIX.length + 1);
      if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) this.error(`unknown catalog ${locale}`);
      const dir = resolve(localesDir, locale);
      const compiled: Record<string, unknown> = {};
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
        const file = resolve(dir, name);
        this.addWatchFile(file);
        const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        for (const [key, message] of Object.entries(source)) {
          if (key in compiled) this.error(`${locale}/${name}: key "${key}" is defined twice`);
          try {
            compiled[key] = compileMessageOrThrow(message);
          } catch (error) {
            this.error(`${locale}/${name}, key "${key}": ${String(error)}`);
          }
        }
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
