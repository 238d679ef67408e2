import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import type { Plugin } from 'vite';

const DEVELOPMENT = `${sep}dist${sep}development${sep}`;
const PRODUCTION = `${sep}dist${sep}production${sep}`;

/** `Name.displayName = "…";` on a line of its own: a name for React's developer tools only. */
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm;
/** A context or forwardRef component made at the module's top level, unannotated. */
const UNMARKED_FACTORY = /(?<!@__PURE__\s*\*\/\s*)\b(React\d*\.(?:createContext|forwardRef))\(/g;

/**
 * Lets the bundler drop what the app never uses of react-router's one large module (`<Form>`,
 * `<ScrollRestoration>`, `unstable_HistoryRouter` and what only they call): a `displayName`
 * assignment counts as a use, and an unannotated `createContext` / `forwardRef` call as a side
 * effect, so each kept its component and everything it calls. About 5 KB of the first load.
 */
export function trimReactRouter(code: string): string {
  return code.replace(DISPLAY_NAME, '').replace(UNMARKED_FACTORY, '/* @__PURE__ */ $1(');
}

/**
 * react-router's package exports name only its development build, which warns in the console and
 * carries the warnings' texts; its production build sits beside it in dist/production. A production
 * build resolves react-router there (dev and test keep the warnings) and trims it (trimReactRouter).
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
    transform(code, id) {
      if (!id.includes(`${sep}react-router${PRODUCTION}`)) return null;
      return { code: trimReactRouter(code), map: null };
    },
  };
}
