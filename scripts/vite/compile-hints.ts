import type { Plugin } from 'vite';

const HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the chunks of the first load (the entry and what it imports statically) with V8's compile
 * hint, so Chromium compiles all their functions while it streams them in, off the main thread,
 * instead of one by one on the main thread the first time each runs: the page's first paste runs
 * most of the decoder for the first time, and that compiling was much of its cost. Other engines
 * ignore the comment.
 */
export function compileHintsPlugin(): Plugin {
  return {
    name: 'jwt-inspector:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own post-processing of the chunks, so the comment stays the first line.
      order: 'post',
      handler(_options, bundle) {
        const initial = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || initial.has(fileName)) return;
          initial.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
        for (const fileName of initial) {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = HINT + chunk.code;
          // The comment is one line more: a source map's lines move down by one.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}
