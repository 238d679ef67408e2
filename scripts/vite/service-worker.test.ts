import { describe, expect, it } from 'vitest';
import { buildIdOf, serviceWorkerSource, type BuildFile } from './service-worker';

const BUILD: BuildFile[] = [
  { path: 'index.html', content: '<!doctype html>' },
  { path: 'assets/index-abc.js', content: 'console.log(1)' },
  { path: 'icon-192.png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
];

/** The constants at the top of a generated sw.js. */
function readConstants(source: string): { buildId: string; precache: string[] } {
  const buildId = /^const BUILD_ID = "([^"]+)";/m.exec(source)?.[1] ?? '';
  const precache = JSON.parse(/^const PRECACHE = (\[[\s\S]*?\]);/m.exec(source)?.[1] ?? '[]') as string[];
  return { buildId, precache };
}

describe('buildIdOf', () => {
  const changed: [string, BuildFile[]][] = [
    ['a file’s content changes', [BUILD[0]!, { path: 'assets/index-abc.js', content: 'console.log(2)' }, BUILD[2]!]],
    ['a file is renamed', [BUILD[0]!, { path: 'assets/index-abd.js', content: 'console.log(1)' }, BUILD[2]!]],
    ['a file is added', [...BUILD, { path: 'manifest.webmanifest', content: '{}' }]],
    ['a file is removed', BUILD.slice(0, 2)],
    ['content moves between files', [{ path: 'index.html', content: '<!doctype html>console.log(1)' }, { path: 'assets/index-abc.js', content: '' }, BUILD[2]!]],
  ];

  it('is 12 hex digits, the same whatever the order of the files', () => {
    expect(buildIdOf(BUILD)).toMatch(/^[0-9a-f]{12}$/);
    expect(buildIdOf([...BUILD].reverse())).toBe(buildIdOf(BUILD));
  });

  it.each(changed)('changes when %s', (_name, files) => {
    expect(buildIdOf(files)).not.toBe(buildIdOf(BUILD));
  });
});

describe('serviceWorkerSource', () => {
  it('lists every file relative to sw.js, sorted, under the build id, then the runtime', () => {
    const source = serviceWorkerSource(BUILD);
    expect(readConstants(source)).toEqual({
      buildId: buildIdOf(BUILD),
      precache: ['./assets/index-abc.js', './icon-192.png', './index.html'],
    });
    expect(source).toContain("self.addEventListener('install'");
    expect(source).toContain("self.addEventListener('fetch'");
  });

  it('writes nothing to a cache outside install: the fetch handler only reads', () => {
    const source = serviceWorkerSource(BUILD);
    const fetchHandler = source.slice(source.indexOf("self.addEventListener('fetch'"), source.indexOf("self.addEventListener('message'"));
    expect(fetchHandler).toContain('cache.match');
    expect(fetchHandler).not.toMatch(/\.(put|add|addAll)\(/);
    expect(source.match(/\.put\(/g)).toHaveLength(1);
  });
});
