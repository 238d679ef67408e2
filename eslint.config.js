import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Read from the folders, so a new feature is fenced in the day it appears.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Each feature may not import another feature (architecture.md A.2). */
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature never imports another feature: move the shared piece down to core, ui, platform, i18n or stores.',
}));

const noNetworkJose = {
  name: 'jose',
  importNames: ['createRemoteJWKSet', 'customFetch'],
  message: 'The app never fetches keys: a token must not make the page reach the network.',
};

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'test-results', 'playwright-report', 'eslint.config.js']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/core', from: './src', except: ['./core'], message: 'core is pure: it imports only core.' },
            { target: './src/ui', from: './src', except: ['./ui'], message: 'ui is domain-agnostic: it imports only ui.' },
            { target: './src/platform', from: './src', except: ['./platform'], message: 'platform imports nothing else in src.' },
            { target: ['./src/i18n', './src/stores'], from: ['./src/features', './src/app', './src/ui', './src/platform', './src/widgets'], message: 'i18n and stores sit on core only.' },
            {
              target: './src/widgets',
              from: ['./src/features', './src/stores'],
              message: 'widgets are domain pieces shared by features: they read core, ui, platform and i18n, never a feature or a store.',
            },
            ...featureZones,
            {
              target: ['./src/core', './src/ui', './src/platform', './src/i18n', './src/stores', './src/widgets', './src/features'],
              from: './src/app',
              message: 'Nothing imports app: it is the composition root (only src/testing renders it).',
            },
            { target: './e2e', from: './src', except: ['./testing'], message: 'e2e imports only src/testing fixtures.' },
          ],
        },
      ],
      'no-restricted-imports': ['error', { paths: [noNetworkJose] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/crypto/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'jose', message: 'jose is wrapped by src/core/crypto: import from there.' },
          ],
          patterns: [{ group: ['jose/*'], message: 'jose is wrapped by src/core/crypto: import from there.' }],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/crypto/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'jose', message: 'jose is wrapped by src/core/crypto.' },
            { name: 'react', message: 'core is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'core is pure TypeScript: no React.' },
            { name: 'zustand', message: 'core holds no state: stores live in src/stores.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/crypto/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noNetworkJose,
            { name: 'react', message: 'core is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'core is pure TypeScript: no React.' },
            { name: 'zustand', message: 'core holds no state: stores live in src/stores.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core has no DOM.' },
        { name: 'document', message: 'core has no DOM.' },
        { name: 'localStorage', message: 'core persists nothing.' },
        { name: 'sessionStorage', message: 'core persists nothing.' },
        { name: 'fetch', message: 'core never reaches the network.' },
        { name: 'XMLHttpRequest', message: 'core never reaches the network.' },
        { name: 'Date', message: 'Time is an argument in core (nowSeconds).' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts', 'src/platform/**/*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts', 'vite.config.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
]);
