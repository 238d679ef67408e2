import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ConfigEnv, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { reactRouterProductionPlugin, trimReactRouter } from './react-router-production.ts';

const PACKAGE = join(process.cwd(), 'node_modules', 'react-router', 'dist');
const plugin = reactRouterProductionPlugin();

/** The plugin's answer when the next resolver would answer `next`. */
async function resolveWith(source: string, next: string | null): Promise<string | null> {
  const hook = plugin.resolveId as (this: unknown, source: string, importer: string | undefined, options: object) => Promise<{ id: string } | null>;
  const context = {
    resolve: () => Promise.resolve(next === null ? null : { id: next }),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return (await hook.call(context, source, undefined, {}))?.id ?? null;
}

describe('reactRouterProductionPlugin', () => {
  it.each([
    ['react-router', join(PACKAGE, 'development', 'index.mjs'), join(PACKAGE, 'production', 'index.mjs')],
    ['react-router/dom', join(PACKAGE, 'development', 'dom-export.mjs'), join(PACKAGE, 'production', 'dom-export.mjs')],
    ['react-router', join(PACKAGE, 'production', 'index.mjs'), join(PACKAGE, 'production', 'index.mjs')],
  ])('%s at %s resolves to %s', async (source, next, expected) => {
    expect(await resolveWith(source, next)).toBe(expected);
  });

  it('leaves other packages alone', async () => {
    expect(await resolveWith('react', `${sep}x${sep}dist${sep}development${sep}react.js`)).toBeNull();
  });

  it('fails the build when the production build is missing', async () => {
    await expect(resolveWith('react-router', join(PACKAGE, 'development', 'no-such-file.mjs'))).rejects.toThrow(/no production build/);
  });

  it.each([
    ['build', 'production', true],
    ['build', 'development', false],
    ['serve', 'development', false],
  ] as const)('applies to %s in %s mode: %s', (command, mode, applies) => {
    const apply = plugin.apply as (config: UserConfig, env: ConfigEnv) => boolean;
    expect(apply({ mode }, { command, mode })).toBe(applies);
  });

  it('trims only what names components for the developer tools and marks the factories pure', () => {
    const code = [
      'var Ctx = React.createContext(null);',
      'Ctx.displayName = "Ctx";',
      'var Link = React10.forwardRef(function Link2() {});',
      'var Kept = /* @__PURE__ */ React.createContext(1);',
      'var label = { displayName: "x" };',
    ].join('\n');
    expect(trimReactRouter(code).split('\n')).toEqual([
      'var Ctx = /* @__PURE__ */ React.createContext(null);',
      '',
      'var Link = /* @__PURE__ */ React10.forwardRef(function Link2() {});',
      'var Kept = /* @__PURE__ */ React.createContext(1);',
      'var label = { displayName: "x" };',
    ]);
  });

  it('still finds every displayName and factory in the installed react-router (an upgrade that changes them fails here)', () => {
    const production = join(PACKAGE, 'production');
    const modules = readdirSync(production).filter((name) => name.endsWith('.mjs'));
    const code = modules.map((name) => readFileSync(join(production, name), 'utf8')).join('\n');
    expect(code).toMatch(/\.displayName = "Link";/);
    const trimmed = trimReactRouter(code);
    // Only top-level assignments keep a component alive; one inside a hook runs when the hook does.
    expect(trimmed).not.toMatch(/^\S+\.displayName = /m);
    expect(trimmed).not.toMatch(/(?<!@__PURE__ \*\/ )React\d*\.(createContext|forwardRef)\(/);
    expect(trimmed.split('\n')).toHaveLength(code.split('\n').length);
  });
});
