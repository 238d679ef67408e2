// `npm run fuzz`: every *.fuzz.test.ts under src/ with FUZZ_RUNS=100000 cases per property (a FUZZ_RUNS
// already in the environment wins; FUZZ_SEED and FUZZ_PATH replay a failure, FUZZ_TIME_LIMIT_MS the time
// allowed per input). `npm run fuzz -- json keys` runs only the fuzz files whose path contains one of
// the words; from the first argument starting with `-` on, the arguments go to vitest
// (`npm run fuzz -- rules -t throws`). `npm test` runs the same files with a few hundred cases each.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FULL_RUNS = '100000';
const root = fileURLToPath(new URL('..', import.meta.url));
const argumentsGiven = process.argv.slice(2);
const firstFlag = argumentsGiven.findIndex((argument) => argument.startsWith('-'));
const words = firstFlag < 0 ? argumentsGiven : argumentsGiven.slice(0, firstFlag);
const flags = firstFlag < 0 ? [] : argumentsGiven.slice(firstFlag);

const files = readdirSync(new URL('../src', import.meta.url), { recursive: true })
  .map((file) => `src/${String(file).replaceAll('\\', '/')}`)
  .filter((file) => file.endsWith('.fuzz.test.ts') && (words.length === 0 || words.some((word) => file.includes(word))))
  .sort();
if (files.length === 0) {
  console.error(`fuzz: no *.fuzz.test.ts file matches ${words.join(', ')}`);
  process.exit(1);
}

const runs = process.env.FUZZ_RUNS ?? FULL_RUNS;
console.log(`fuzz: ${files.length} files, ${runs} cases per property`);
const started = Date.now();
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const child = spawn(process.execPath, [vitest, 'run', ...flags, ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } });

process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  console.log(`fuzz: ${runs} cases per property, ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
