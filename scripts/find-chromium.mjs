// Which browser the end-to-end tests and the benchmark drive. Shared by playwright.config.ts,
// scripts/ensure-browser.mjs and scripts/bench.mjs, so they always agree.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, firefox, webkit } from '@playwright/test';

/**
 * Flags for every Chromium we launch. The last one keeps Chromium's own background lookups
 * (accounts, updates, safe browsing) off the network; 127.0.0.1 and localhost stay reachable
 * because `MAP *` would otherwise map IP literals too.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Debian's package installs /usr/bin/chromium; the others are the usual names elsewhere. */
export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const NO_BROWSER_HELP = [
  'No Chromium for the end-to-end tests was found. Do one of:',
  '  npx playwright install chromium            (Playwright\'s own build)',
  '  sudo apt-get install -y chromium           (Debian/Ubuntu package)',
  '  CHROMIUM_PATH=/path/to/chrome npm test     (any Chromium or Chrome you already have)',
].join('\n');

function bundledPath(browserType) {
  try {
    return browserType.executablePath();
  } catch {
    return '';
  }
}

/**
 * Finds the Chromium to launch, in this order: $CHROMIUM_PATH, Playwright's own download,
 * the system's. Returns `{ executablePath, source }`; `executablePath` is undefined when
 * Playwright should launch its own headless shell. Returns null when nothing is installed.
 * Throws when $CHROMIUM_PATH names a file that does not exist (a typo should not silently
 * fall back to another browser).
 */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist.`);
    }
    return { executablePath: env.CHROMIUM_PATH, source: '$CHROMIUM_PATH' };
  }
  // <cache>/chromium-1255/chrome-linux64/chrome. Headless Playwright (>= 1.49) launches
  // <cache>/chromium_headless_shell-1255/… instead, which `--only-shell` installs on its own.
  const bundled = bundledPath(chromium);
  const match = /^(.*)[\\/]chromium-(\d+)[\\/]/.exec(bundled);
  if (match?.[1] && existsSync(join(match[1], `chromium_headless_shell-${match[2]}`))) {
    return { executablePath: undefined, source: "Playwright's headless shell" };
  }
  if (bundled && existsSync(bundled)) return { executablePath: bundled, source: "Playwright's Chromium" };
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: system };
  return null;
}

/** Like findChromium, but throws the install instructions when there is none. */
export function pickChromium(env = process.env) {
  const found = findChromium(env);
  if (!found) throw new Error(NO_BROWSER_HELP);
  return found;
}

/**
 * Playwright's own Firefox and WebKit, when someone installed them (`npx playwright install`).
 * They cannot be downloaded here, so they are extras, never required.
 */
export function installedExtraBrowsers() {
  const extras = [];
  for (const [name, type] of [['firefox', firefox], ['webkit', webkit]]) {
    const path = bundledPath(type);
    if (path && existsSync(path)) extras.push(name);
  }
  return extras;
}
