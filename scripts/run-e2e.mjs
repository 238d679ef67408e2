// `npm run test:e2e` (after `vite build`): make sure a browser exists, then run Playwright with
// whatever arguments were passed (`npm run test:e2e -- e2e/privacy.spec.ts --headed`).
// The plain `e2e: N passed, M failed` line comes from scripts/e2e-summary-reporter.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBrowser } from './ensure-browser.mjs';

ensureBrowser();

const cli = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const child = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });

// Ctrl-C reaches Playwright directly (same process group): wait for it to clean up and exit.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
