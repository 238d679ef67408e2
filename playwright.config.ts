import { defineConfig, devices, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, installedExtraBrowsers, pickChromium } from './scripts/find-chromium.mjs';

// E2E_DIST / E2E_PORT let two runs side by side each test their own build (`vite build --outDir dist-x`).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}/`;

// $CHROMIUM_PATH, else Playwright's own, else the system's (scripts/find-chromium.mjs).
const chromium = pickChromium();

const extraProjects: Project[] = installedExtraBrowsers().map((name) => ({
  name,
  use: { ...(name === 'firefox' ? devices['Desktop Firefox'] : devices['Desktop Safari']) },
}));

export default defineConfig({
  testDir: 'e2e',
  outputDir: `test-results/${DIST}`,
  // On 2 cores one worker is faster than two: each worker starts its own browser (stack-notes §4).
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [[process.env.CI ? 'dot' : 'list'], ['./scripts/e2e-summary-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    // Recording a trace of every test to keep the failing ones' made the run ~15% slower on 2 cores:
    // to look into a failure, run its spec again with `-- --trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
    // The offline copy's service worker fetches and stores every file of the build (2.4 MB) once per
    // fresh context, which is every test here, competing with the page for the machine's cores. The
    // specs about it (offline, privacy) allow it; the rest test the page a first visit gets.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromium.executablePath, args: CHROMIUM_ARGS },
      },
    },
    ...extraProjects,
  ],
  // The production build, as a user gets it. `test:e2e` builds dist/ first.
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
