import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { catalogsPlugin } from './scripts/vite/catalogs.ts';
import { compileHintsPlugin } from './scripts/vite/compile-hints.ts';
import { cspPlugin } from './scripts/vite/csp.ts';
import { reactRouterProductionPlugin } from './scripts/vite/react-router-production.ts';
import { serviceWorkerPlugin } from './scripts/vite/service-worker.ts';
import { sharedModulePlugin } from './scripts/vite/shared-module.ts';

// The common-password list is read by the audit's worker and, on the page, by the audit fallback and
// the secret strength estimate: one file for both.
const sharedPasswords = () => sharedModulePlugin('passwords.json', '@zxcvbn-ts/language-common/dist/passwords.json.mjs');

/** Modules the entry shares with lazy chunks, kept together in the first load's `shared` chunk. */
const FIRST_LOAD_SHARED = [
  String.raw`node_modules/(react|react-dom|scheduler|zustand|@lingui)/`,
  String.raw`vite/preload-helper`,
  String.raw`src/core/json/`,
  String.raw`src/core/text/find-hidden-characters\.ts`,
  String.raw`src/core/encoding/(utf8|hex)\.ts`,
  String.raw`src/core/claims/(unix-seconds|time-policy)\.ts`,
  String.raw`src/i18n/(use-t|i18n|format|locales)\.ts`,
  String.raw`src/platform/(use-now|use-async-value|run-after-paint)\.ts`,
  String.raw`src/features/decoder/claims/use-evaluation-clock\.ts`,
];

export default defineConfig({
  // Relative asset URLs: dist/ works from any sub-path of any static host (see docs/decisions/001).
  base: './',
  plugins: [
    react(),
    cspPlugin(),
    catalogsPlugin(resolve(import.meta.dirname, 'src/i18n/locales')),
    reactRouterProductionPlugin(),
    sharedPasswords(),
    compileHintsPlugin(),
    serviceWorkerPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    // Vite's polyfill would fetch() the preloads, which the CSP's `connect-src 'none'` refuses: on a
    // browser without modulepreload it could only fail, and on every other one it is the first script
    // the page runs.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React, Lingui, zustand, the preload helper and the small modules that both the entry and the
          // lazy chunks import would each be a file of their own, fetched before the first paint: one
          // chunk instead (the first load's budget counts files; docs/decisions/012). Lazy chunks that
          // reuse the decoder's page modules (the nested token) otherwise split them out of the entry.
          groups: [{ name: 'shared', test: new RegExp(FIRST_LOAD_SHARED.join('|')) }],
        },
      },
    },
  },
  worker: { format: 'es', plugins: () => [sharedPasswords()] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // One test file per core: Vitest's default leaves one core to its main process, which on a
    // 2-core machine halves the work for a process that mostly waits (261 s → 150 s here).
    maxWorkers: availableParallelism(),
    // One limit for every test and every expect.poll, set here (findBy and waitFor: setup-dom.ts): tests
    // that load lazy chunks or spawn programs took over 5 s on a slow two-core machine.
    testTimeout: 30_000,
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts'],
          exclude: ['src/core/**/*.isolated.test.ts'],
          // Pure functions: a worker imports each module once for all its files, not once per file
          // (95 s -> 31 s here). Module mocks would leak between files, so those files run apart
          // (core-isolated; eslint.config.js keeps vi.mock out of the rest).
          isolate: false,
          restoreMocks: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'core-isolated',
          environment: 'node',
          include: ['src/core/**/*.isolated.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          exclude: ['src/core/**'],
          setupFiles: ['src/testing/setup-dom.ts'],
        },
      },
    ],
  },
});
