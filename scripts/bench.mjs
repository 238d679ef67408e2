// `npm run bench` (after `vite build`): measures the production build in a real Chromium and prints
// tables with the goals beside the figures. It never fails on a goal: benchmarks report.
//
//   npm run bench -- --rounds 12        more rounds (default 7, or $BENCH_ROUNDS)
//   npm run bench -- --only decoder     one section (decoder, verify, jwe, audit, hostile)
//   npm run bench -- --cpu 1,4          CPU throttle rates of the decoder and jwe sections (default 1,4; 1 = none)
//   node scripts/bench.mjs --dist /tmp/bench-dist   serve another build (or $BENCH_DIST), e.g. one made
//                                       with `npx vite build --outDir /tmp/bench-dist`, leaving dist/ alone
//
// A section is a module in scripts/bench/ exporting `name` and `run(ctx)`; add it to SECTIONS.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as audit from './bench/audit.mjs';
import * as decoder from './bench/decoder.mjs';
import * as hostile from './bench/hostile.mjs';
import * as jwe from './bench/jwe.mjs';
import * as verify from './bench/verify.mjs';
import { ensureBrowser } from './ensure-browser.mjs';
import { CHROMIUM_ARGS } from './find-chromium.mjs';
import { DIST_DIR, startServer } from './serve.mjs';

const SECTIONS = [decoder, verify, jwe, audit, hostile];

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_ROUNDS ?? '7' },
    only: { type: 'string' },
    cpu: { type: 'string', default: process.env.BENCH_CPU ?? '1,4' },
    dist: { type: 'string', default: process.env.BENCH_DIST ?? DIST_DIR },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds must be a positive integer, not ${values.rounds}`);
  process.exit(1);
}
const cpuRates = values.cpu.split(',').map(Number);
if (cpuRates.length === 0 || !cpuRates.every((rate) => Number.isFinite(rate) && rate >= 1)) {
  console.error(`--cpu must be a comma-separated list of throttle rates ≥ 1, not ${values.cpu}`);
  process.exit(1);
}
const distDir = resolve(values.dist);
const sections = SECTIONS.filter((s) => !values.only || s.name === values.only);
if (sections.length === 0) {
  console.error(`No bench section named ${values.only}. Sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${join(distDir, 'index.html')} is missing: run \`npx vite build\` first (npm run bench does both).`);
  process.exit(1);
}

const found = ensureBrowser();
const { server, url } = await startServer({ root: distDir, port: 0 });
const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS, headless: true });
try {
  console.log(`JWT Inspector benchmark: ${browser.version()} (${found.source}), ${rounds} rounds, serving ${distDir} at ${url}`);
  const ctx = { browser, baseUrl: url, distDir, rounds, cpuRates, log: (line) => console.error(line) };
  for (const section of sections) await section.run(ctx);
  console.log('\nTimes vary up to 2x with machine load; compare figures from the same run.');
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}
