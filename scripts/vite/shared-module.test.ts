import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedModulePlugin } from './shared-module.ts';

const MARKER = 'shared-list-marker';

/** A page and a worker that both import list.js (statically, and dynamically), as the audit does. */
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><script type="module" src="./main.js"></script>',
  'main.js': [
    "import { join } from './join.js';",
    "new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });",
    "document.body.textContent = join(await import('./list.js'));",
  ].join('\n'),
  'join.js': "import list from './list.js';\nexport const join = (module) => [...list, ...module.default].join(',');",
  'worker.js': "import('./list.js').then(({ default: list }) => self.postMessage(list.length));",
  'list.js': `import { expand } from './expand.js';\nexport default expand('${MARKER}');`,
  'expand.js': 'export const expand = (text) => text.split("-");',
};

describe('sharedModulePlugin', () => {
  let dir = '';
  let out = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shared-module-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    out = join(dir, 'dist');
    mkdirSync(out);
    await build({
      configFile: false,
      root: dir,
      base: './',
      logLevel: 'silent',
      plugins: [sharedModulePlugin('list', './list.js')],
      worker: { format: 'es', plugins: () => [sharedModulePlugin('list', './list.js')] },
      build: { outDir: out, target: 'es2022', minify: false },
    });
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const assets = () => readdirSync(join(out, 'assets'));
  const holding = (text: string) => assets().filter((name) => readFileSync(join(out, 'assets', name), 'utf8').includes(text));

  it('emits the module once, as <name>-<hash>.js, with what it imports', () => {
    const files = holding(MARKER);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^list-[\w-]{8}\.js$/);
    expect(readFileSync(join(out, 'assets', files[0]!), 'utf8')).toContain('split');
  });

  it('makes the page and the worker import that one file, statically and dynamically', () => {
    const shared = `./${holding(MARKER)[0]}`;
    const importers = holding(shared);
    expect(importers.some((name) => name.startsWith('worker-'))).toBe(true);
    expect(importers.some((name) => name.startsWith('index-'))).toBe(true);
    const page = readFileSync(join(out, 'assets', importers.find((name) => name.startsWith('index-'))!), 'utf8');
    expect(page).toContain(`from "${shared}"`);
    expect(page).toContain(`import("${shared}")`);
  });
});
