// `node scripts/check-budgets.mjs [dist]`: the build's budgets (issue 14). Exits 1 and says why when
//  - the first-load JavaScript (the entry, its modulepreloads, and every module they import
//    statically, gzip -9) grows past FIRST_LOAD_GZIP_BUDGET or FIRST_LOAD_FILE_BUDGET files;
//  - one file's content is emitted twice under two names;
//  - a dependency's development build reaches the build (its development-only texts are found);
//  - a signature library loaded only for the algorithms WebCrypto lacks (ES256K, Ed448, ML-DSA)
//    reaches the first load (a text found only in that library is in a first-load file).
// `npm test` runs it through e2e/budgets.spec.ts, on the build the end-to-end tests use.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * Just above what the build loads before any interaction at the end of issue 14 (122.5 kB gzip in 3
 * files; kB = 1000 bytes, as Vite prints), raised by 0.2 kB for the share button and the start-up
 * check for an address holding a token (125.15 kB): a change that needs more raises it here, with
 * the reason, instead of slipping past the tests. Issue 15 brought it to 125.2 kB (the token diff's nav
 * link, route and "Compare with…", and reading SD-JWTs in the decoder and in pasted text; the new
 * algorithms, SD-JWT panels, attack menu and diff view all load later) and left 9 bytes: raised to
 * 125.5 kB, so moving a shared helper between chunks does not fail the build while a 50 kB dependency
 * still does by far.
 */
export const FIRST_LOAD_GZIP_BUDGET = 125_500;
export const FIRST_LOAD_FILE_BUDGET = 4;

/**
 * Texts found only in a dependency's development build (warnings compiled out of its production
 * build), with the file or folder of node_modules that holds that build, so a test can check that
 * each marker is still real.
 */
export const DEVELOPMENT_MARKERS = [
  { dependency: 'react', text: 'react-stack-top-frame', where: 'react/cjs/react.development.js' },
  { dependency: 'react-dom', text: 'In HTML, %s cannot be a child of', where: 'react-dom/cjs/react-dom-client.development.js' },
  { dependency: 'react-router', text: 'You rendered descendant <Routes>', where: 'react-router/dist/development' },
];

/**
 * Texts found only in a library that must stay out of the first load (ADR 016: fetched when a token
 * or key needs it), with the file of node_modules that holds it, so a test can check that each
 * marker is still real and still reaches the build.
 */
export const LAZY_LIBRARY_MARKERS = [
  // secp256k1's generator x coordinate (SEC 2 §2.4.1).
  { library: '@noble/curves secp256k1', text: '79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', where: '@noble/curves/secp256k1.js' },
  // Ed448's dom4 prefix (RFC 8032 §5.2).
  { library: '@noble/curves ed448', text: 'SigEd448', where: '@noble/curves/ed448.js' },
  { library: '@noble/post-quantum ml-dsa', text: 'RejNTTPoly: unaligned block', where: '@noble/post-quantum/ml-dsa.js' },
];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file under `dir`, relative and '/' separated. */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The relative specifiers a minified ES module imports or re-exports statically (not `import()`). */
export function staticImports(code) {
  const found = new Set();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]);
  return [...found];
}

/** The JavaScript files index.html loads before any interaction, in the order they are found. */
export function firstLoadFiles(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const queue = [];
  for (const tag of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const text = tag[0];
    const isEntry = tag[1] === 'script' && /\btype="module"/.test(text);
    const isPreload = tag[1] === 'link' && /\brel="modulepreload"/.test(text);
    const url = /\b(?:src|href)="([^"]+)"/.exec(text)?.[1];
    if ((isEntry || isPreload) && url) queue.push(posix.normalize(url.replace(/^\.\//, '')));
  }
  const seen = new Set();
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const specifier of staticImports(code)) queue.push(posix.join(posix.dirname(path), specifier));
  }
  return [...seen];
}

/** The budgets' figures for the build in `distDir`, and the problems found (none when within budget). */
export function checkBudgets(distDir) {
  const problems = [];
  const firstLoad = firstLoadFiles(distDir).map((path) => {
    const bytes = readFileSync(join(distDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const gzip = firstLoad.reduce((sum, file) => sum + file.gzip, 0);
  if (gzip > FIRST_LOAD_GZIP_BUDGET) {
    problems.push(`first-load JavaScript is ${kb(gzip)} gzip, over the budget of ${kb(FIRST_LOAD_GZIP_BUDGET)}`);
  }
  if (firstLoad.length > FIRST_LOAD_FILE_BUDGET) {
    problems.push(`first-load JavaScript is ${firstLoad.length} files, over the budget of ${FIRST_LOAD_FILE_BUDGET}`);
  }

  for (const file of firstLoad) {
    const code = readFileSync(join(distDir, file.path), 'utf8');
    for (const marker of LAZY_LIBRARY_MARKERS) {
      if (code.includes(marker.text)) problems.push(`${file.path} is in the first load and holds ${marker.library} ("${marker.text}")`);
    }
  }

  const files = listFiles(distDir);
  const byContent = new Map();
  for (const path of files) {
    const hash = createHash('sha256').update(readFileSync(join(distDir, path))).digest('hex');
    byContent.set(hash, [...(byContent.get(hash) ?? []), path]);
  }
  for (const paths of byContent.values()) {
    if (paths.length > 1) problems.push(`the same content is emitted ${paths.length} times: ${paths.join(', ')}`);
  }

  for (const path of files.filter((file) => /\.(m?js|html)$/.test(file))) {
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const marker of DEVELOPMENT_MARKERS) {
      if (code.includes(marker.text)) problems.push(`${path} holds ${marker.dependency}'s development build ("${marker.text}")`);
    }
  }
  return { firstLoad, gzip, problems };
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The report printed by the command line, one line a file, then the total and the problems. */
export function formatReport({ firstLoad, gzip, problems }) {
  const lines = ['first-load JavaScript (gzip -9):'];
  for (const file of firstLoad) lines.push(`  ${file.path}  ${kb(file.raw)} raw, ${kb(file.gzip)} gzip`);
  lines.push(`  total: ${firstLoad.length} files, ${kb(gzip)} gzip (budget ${kb(FIRST_LOAD_GZIP_BUDGET)} in ${FIRST_LOAD_FILE_BUDGET} files)`);
  lines.push(...(problems.length > 0 ? problems.map((p) => `FAIL: ${p}`) : ['budgets: all kept']));
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = checkBudgets(resolve(ROOT, process.argv[2] ?? 'dist'));
  console.log(formatReport(result));
  process.exit(result.problems.length > 0 ? 1 : 0);
}
