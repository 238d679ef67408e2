import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

/** The service worker's file name, at the root of the build (its scope is the folder it sits in). */
export const SERVICE_WORKER_FILE = 'sw.js';

const RUNTIME = readFileSync(join(import.meta.dirname, 'service-worker-runtime.js'), 'utf8');

/** One file of the build: its path relative to the build's root ('/' separated) and its bytes. */
export interface BuildFile {
  path: string;
  content: string | Uint8Array;
}

/** A hash of the files' names and contents: 12 hex digits, the same for the same build on any machine. */
export function buildIdOf(files: readonly BuildFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${Buffer.byteLength(file.content)}\0`);
    hash.update(file.content);
  }
  return hash.digest('hex').slice(0, 12);
}

/** The source of sw.js precaching `files`: the build id and the file list, then the runtime. */
export function serviceWorkerSource(files: readonly BuildFile[]): string {
  const paths = files.map((file) => `./${file.path}`).sort();
  return `const BUILD_ID = ${JSON.stringify(buildIdOf(files))};\nconst PRECACHE = ${JSON.stringify(paths, null, 1)};\n${RUNTIME}`;
}

/** Every file under `dir`, as paths relative to it, '/' separated. */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Writes `sw.js` into the build: a service worker precaching every file the build emits (the entry,
 * the lazy chunks, the workers, the catalogues, the word lists, index.html) and every file copied
 * from public/ (the manifest, the icons). Build only; the dev server registers no service worker.
 */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'jwt-inspector:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files: BuildFile[] = Object.values(bundle).map((output) => ({
          path: output.fileName,
          content: output.type === 'chunk' ? output.code : output.source,
        }));
        const emitted = new Set(files.map((file) => file.path));
        for (const path of filesUnder(publicDir)) {
          if (!emitted.has(path)) files.push({ path, content: readFileSync(join(publicDir, path)) });
        }
        const precached = files.filter((file) => file.path !== SERVICE_WORKER_FILE && !file.path.endsWith('.map'));
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: serviceWorkerSource(precached) });
      },
    },
  };
}
