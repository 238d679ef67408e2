import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { compileHintsPlugin } from './compile-hints.ts';

type Bundle = Rolldown.OutputBundle;

function chunk(fileName: string, imports: string[], isEntry = false, map: { mappings: string } | null = null) {
  return { type: 'chunk', fileName, imports, isEntry, code: `/* ${fileName} */`, map } as unknown as Rolldown.OutputChunk;
}

function run(bundle: Bundle): void {
  const hook = compileHintsPlugin().generateBundle as { handler: (this: unknown, options: unknown, bundle: Bundle) => void };
  hook.handler.call({}, {}, bundle);
}

describe('compileHintsPlugin', () => {
  it.each([
    ['the entry', 'index.js', true],
    ['what the entry imports', 'react.js', true],
    ['what that imports in turn', 'scheduler.js', true],
    ['a chunk loaded on demand', 'lazy.js', false],
    ['what only that chunk imports', 'lazy-dep.js', false],
  ])('%s: hinted %s', (_label, fileName, hinted) => {
    const bundle: Bundle = {
      'index.js': chunk('index.js', ['react.js'], true),
      'react.js': chunk('react.js', ['scheduler.js']),
      'scheduler.js': chunk('scheduler.js', ['react.js']),
      'lazy.js': chunk('lazy.js', ['react.js', 'lazy-dep.js']),
      'lazy-dep.js': chunk('lazy-dep.js', []),
      'style.css': { type: 'asset', fileName: 'style.css', source: 'a{}' } as unknown as Rolldown.OutputAsset,
    };
    run(bundle);
    const code = (bundle[fileName] as Rolldown.OutputChunk).code;
    expect(code).toBe(hinted ? `//# allFunctionsCalledOnLoad\n/* ${fileName} */` : `/* ${fileName} */`);
  });

  it('moves a source map down by the line it adds', () => {
    const bundle: Bundle = { 'index.js': chunk('index.js', [], true, { mappings: 'AAAA' }) };
    run(bundle);
    expect((bundle['index.js'] as Rolldown.OutputChunk).map?.mappings).toBe(';AAAA');
  });
});
