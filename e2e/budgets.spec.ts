import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudgets, DEVELOPMENT_MARKERS, firstLoadFiles, formatReport, LAZY_LIBRARY_MARKERS, staticImports } from '../scripts/check-budgets.mjs';
import { expect, test } from './fixtures';

// The build's budgets (issue 14), on the build the end-to-end tests serve: the first load's
// JavaScript, no file emitted twice, no development build of a dependency. The figures and the
// budget live in scripts/check-budgets.mjs (`node scripts/check-budgets.mjs dist` prints them).

const DIST = join(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');
const NODE_MODULES = join(import.meta.dirname, '..', 'node_modules');

test('the build keeps its budgets: first-load JavaScript, no duplicate files, no development builds', () => {
  const result = checkBudgets(DIST);
  expect(result.problems, formatReport(result)).toEqual([]);
  // The count is real: the entry, its modulepreloads and what they import were all read.
  expect(result.firstLoad.length).toBeGreaterThanOrEqual(2);
  expect(result.gzip).toBeGreaterThan(50_000);
});

test('the first load follows the entry, its modulepreloads and their static imports, not dynamic ones', () => {
  expect(staticImports('import{a as b}from"./shared-X.js";import"./side.js";export{c}from"./re.js";const l=()=>import("./lazy.js");')).toEqual([
    './shared-X.js',
    './side.js',
    './re.js',
  ]);
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = firstLoadFiles(DIST);
  for (const match of html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\.\/([^"]+)"/g)) {
    expect(files).toContain(match[1]);
  }
});

test('each development marker is still found in its dependency’s development build', () => {
  for (const marker of DEVELOPMENT_MARKERS) {
    const where = join(NODE_MODULES, marker.where);
    const paths = statSync(where).isDirectory()
      ? readdirSync(where, { recursive: true, encoding: 'utf8' }).map((name) => join(where, name)).filter((path) => /\.m?js$/.test(path))
      : [where];
    expect(paths.some((path) => readFileSync(path, 'utf8').includes(marker.text)), `${marker.dependency}: ${marker.text}`).toBe(true);
  }
});

test('the libraries for ES256K, Ed448 and ML-DSA are built, each in files the first load does not fetch', () => {
  const firstLoad = firstLoadFiles(DIST);
  const built = readdirSync(join(DIST, 'assets')).filter((name) => name.endsWith('.js'));
  for (const marker of LAZY_LIBRARY_MARKERS) {
    // The marker is the library's own text, and it survives the build: its absence below means something.
    expect(readFileSync(join(NODE_MODULES, marker.where), 'utf8'), marker.library).toContain(marker.text);
    const holders = built.filter((name) => readFileSync(join(DIST, 'assets', name), 'utf8').includes(marker.text)).map((name) => `assets/${name}`);
    expect(holders, marker.library).not.toEqual([]);
    expect(holders.filter((path) => firstLoad.includes(path)), marker.library).toEqual([]);
  }
});
