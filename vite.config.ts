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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React, the preload helper and the small core modules that both the entry and the lazy
          // chunks import would each be a file of their own, fetched before the first paint: one
          // chunk instead (the first load's budget counts files; docs/decisions/012).
          groups: [{ name: 'shared', test: /node_modules\/(react|react-dom|scheduler)\/|vite\/preload-helper|src\/core\/json\/|src\/core\/claims\/unix-seconds\.ts/ }],
        },
      },
    },
  },
  worker: { format: 'es', plugins: () => [sharedPasswords()] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/core/**/*.test.ts'],
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
