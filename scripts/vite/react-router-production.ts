import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import type { Plugin } from 'vite';

const DEVELOPMENT = `${sep}dist${sep}development${sep}`;
const PRODUCTION = `${sep}dist${sep}production${sep}`;

/**
 * react-router's package exports name only its development build, which warns in the console and
 * carries the warnings' texts; its production build sits beside it in dist/production. A production
 * build resolves react-router there (dev and test keep the warnings).
 */
export function reactRouterProductionPlugin(): Plugin {
  return {
    name: 'jwt-inspector:react-router-production',
    apply: (config, { command }) => command === 'build' && (config.mode ?? 'production') === 'production',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== 'react-router' && !source.startsWith('react-router/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.includes(DEVELOPMENT)) return resolved;
      const production = resolved.id.replace(DEVELOPMENT, PRODUCTION);
      if (!existsSync(production)) this.error(`react-router has no production build at ${production}`);
      return { ...resolved, id: production };
    },
  };
}
