import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

const bundles = new Map<string, Promise<string>>();

/** The module at `file` with everything it imports, as one minified ES module; bundled once per process. */
function bundleAlone(file: string, root: string): Promise<string> {
  let code = bundles.get(file);
  if (!code) {
    code = build({
      configFile: false,
      root,
      publicDir: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        rolldownOptions: { input: file, preserveEntrySignatures: 'strict', output: { format: 'es' } },
      },
    }).then((result) => {
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
      if (chunks.length !== 1) throw new Error(`${file} did not bundle into one file`);
      return chunks[0]!.code;
    });
    bundles.set(file, code);
  }
  return code;
}

/**
 * One file for a module that both the page and a Web Worker import. Vite bundles each worker on
 * its own, so such a module is otherwise emitted twice (the 201 KB common-password list was: once
 * for the secret audit's worker, once for the page's audit fallback and strength estimate). Here
 * the module is bundled alone into `<assetsDir>/<name>-<hash>.js`, and every import of it, static
 * or dynamic, in the page's build or a worker's, becomes an import of that file, which the browser
 * then fetches and caches once. Chunks must be written to the assets folder too (Vite's default).
 * Add the plugin to `plugins` and to `worker.plugins`.
 */
export function sharedModulePlugin(name: string, specifier: string): Plugin {
  let root = process.cwd();
  let assetsDir = 'assets';
  let target: { file: string; fileName: string; code: string } | null = null;
  let emitted = false;
  return {
    name: `jwt-inspector:shared-module:${name}`,
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      assetsDir = config.build.assetsDir;
    },
    async buildStart() {
      emitted = false;
      const resolved = await this.resolve(specifier, `${root}/index.html`, { skipSelf: true });
      if (!resolved) this.error(`cannot resolve ${specifier}`);
      const code = await bundleAlone(resolved.id, root);
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      target = { file: resolved.id, fileName: `${assetsDir}/${name}-${hash}.js`, code };
    },
    async resolveId(source, importer, options) {
      if (!target || !source.endsWith(basename(target.file))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id !== target.file) return null;
      if (!emitted) {
        this.emitFile({ type: 'asset', fileName: target.fileName, source: target.code });
        emitted = true;
      }
      return { id: `./${basename(target.fileName)}`, external: true };
    },
    generateBundle(_options, bundle) {
      if (!target) return;
      const shared = basename(target.fileName);
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes(`./${shared}`) && dirname(chunk.fileName) !== assetsDir) {
          this.error(`${chunk.fileName} imports ./${shared} but is not in ${assetsDir}/`);
        }
      }
    },
  };
}
