// `npm run bench` (after `vite build`): measures the production build in a real Chromium and prints
// tables with the goals beside the figures. It never fails on a goal: benchmarks report.
//
//   npm run bench -- --rounds 12        more rounds (default 7, or $BENCH_ROUNDS)
//   npm run bench -- --only decoder     one section
//
// A section is a module in scripts/bench/ exporting `name` and `run(ctx)`; add it to SECTIONS.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as audit from './bench/audit.mjs';
import * as decoder from './bench/decoder.mjs';
import * as verify from './bench/verify.mjs';
import { ensureBrowser } from './ensure-browser.mjs';
import { CHROMIUM_ARGS } from './find-chromium.mjs';
import { DIST_DIR, startServer } from './serve.mjs';

const SECTIONS = [decoder, verify, audit];

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '7' },
    only: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a positive integer, not ${values.rounds}`);
  process.exit(1);
}
const sections = SECTIONS.filter((s) => !values.only || s.name === values.only);
if (sections.length === 0) {
  console.error(`No bench section named ${values.only}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
if (!existsSync(join(DIST_DIR, 'index.html'))) {
  console.error('dist/index.html is missing: run `npx vite build` first (npm run bench does both).');
  process.exit(1);
}

const found = ensureBrowser();
const { server, url } = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  console.log(`JWT Inspector benchmark: ${browser.version()} (${found.source}), ${rounds} rounds, serving dist/ at ${url}`);
  const ctx = { browser, baseUrl: url, distDir: DIST_DIR, rounds, log: (line) => console.error(line) };
  for (const section of sections) await section.run(ctx);
  console.log('\nTimes vary up to 2x with machine load; compare figures from the same run.');
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
