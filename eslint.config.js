import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import ts from 'typescript';
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

/**
 * Text from a token or a key (a kty, an alg, a claim name) must never index a plain object:
 * "constructor", "toString" or "__proto__" would find Object.prototype's members, and a write would
 * set the object's prototype (issue 11). Flags `table[key]`, `table[key] = value` and `key in table`
 * where `key` is typed `string` (not a literal union) and `table` has a string index signature; a read
 * is allowed where `Object.hasOwn(table, key)` guards it in the same expression or `if`.
 */
const noPrototypeLookup = {
  meta: {
    type: 'problem',
    messages: {
      read: 'A non-literal string indexes a plain object, so "constructor" or "__proto__" finds Object.prototype: use a Map, or read under Object.hasOwn({{object}}, {{key}}).',
      write: 'A non-literal string names a member of a plain object, so "__proto__" sets its prototype: build it with Object.fromEntries, or use a Map.',
      in: '`in` also finds Object.prototype\'s members ("constructor", "toString"): use Object.hasOwn or a Map.',
    },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) return {};
    const checker = services.program.getTypeChecker();
    const source = context.sourceCode;
    const typeOf = (node) => checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const constituents = (type) => (type.isUnion() ? type.types : [type]);
    const WIDE = ts.TypeFlags.String | ts.TypeFlags.Any | ts.TypeFlags.Unknown;
    const isWideString = (node) => constituents(typeOf(node)).some((type) => (type.flags & WIDE) !== 0);
    const isTable = (node) =>
      constituents(typeOf(node)).some(
        (type) => checker.getIndexInfoOfType(type, ts.IndexKind.String) !== undefined && !checker.isArrayType(type) && !checker.isTupleType(type),
      );
    const isGuarded = (node) => {
      const guard = `Object.hasOwn(${source.getText(node.object)}, ${source.getText(node.property)})`;
      const guards = (test) => {
        const text = source.getText(test);
        return text.includes(guard) && !text.includes(`!${guard}`);
      };
      let child = node;
      for (let parent = node.parent; parent !== undefined && parent !== null; child = parent, parent = parent.parent) {
        if ((parent.type === 'ConditionalExpression' || parent.type === 'IfStatement') && parent.consequent === child && guards(parent.test)) return true;
        if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === child && guards(parent.left)) return true;
        if (parent.type === 'FunctionDeclaration' || parent.type === 'FunctionExpression' || parent.type === 'ArrowFunctionExpression') return false;
      }
      return false;
    };
    return {
      'MemberExpression[computed=true]'(node) {
        if (!isWideString(node.property) || !isTable(node.object)) return;
        const written = node.parent.type === 'AssignmentExpression' && node.parent.left === node;
        if (written) context.report({ node, messageId: 'write' });
        else if (!isGuarded(node)) context.report({ node, messageId: 'read', data: { object: source.getText(node.object), key: source.getText(node.property) } });
      },
      'BinaryExpression[operator="in"]'(node) {
        if (node.left.type !== 'PrivateIdentifier' && isWideString(node.left)) context.report({ node, messageId: 'in' });
      },
    };
  },
};

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'eslint.config.js']),
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**', 'src/testing/**', 'src/core/encoding/utf8.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='TextEncoder']", message: 'Encode with encodeUtf8 (core/encoding/utf8.ts): TextEncoder.encode is several times slower in Chromium for large texts.' },
      ],
    },
  },
  {
    // The core tests share their modules within a worker (vite.config.ts, project core): a module mock
    // there would reach other files' tests. A test that mocks a module is named *.isolated.test.ts.
    files: ['src/core/**/*.test.ts'],
    ignores: ['src/core/**/*.isolated.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|stubGlobal|stubEnv)$/]", message: 'A core test that mocks a module or a global runs in isolation: name its file *.isolated.test.ts.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-support/**', 'src/testing/**'],
    plugins: { local: { rules: { 'no-prototype-lookup': noPrototypeLookup } } },
    rules: { 'local/no-prototype-lookup': 'error' },
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
