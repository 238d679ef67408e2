import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

const PREFIX = 'virtual:catalog/';

/**
 * Serves `virtual:catalog/<locale>` as the ICU messages of `src/i18n/locales/<locale>.json`, compiled
 * at build time, so the bundle carries Lingui's small runtime and not its message compiler.
 * A malformed ICU message fails the build with the key that holds it.
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
      const file = resolve(localesDir, `${locale}.json`);
      this.addWatchFile(file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        try {
          compiled[key] = compileMessageOrThrow(message);
        } catch (error) {
          this.error(`${locale}.json, key "${key}": ${String(error)}`);
        }
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`;
    },
  };
}
