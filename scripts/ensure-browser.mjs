// Makes sure a Chromium exists before the end-to-end tests or the benchmark start.
// Order: $CHROMIUM_PATH, Playwright's own download, the system's. When there is none and we are
// root on Debian, install Debian's package (Playwright's own download needs internet we may lack).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium, NO_BROWSER_HELP } from './find-chromium.mjs';

const APT_GET = '/usr/bin/apt-get';

function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync(APT_GET) && existsSync('/etc/debian_version');
}

function apt(args) {
  const result = spawnSync(APT_GET, ['-o', 'DPkg::Lock::Timeout=120', ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Returns the browser found or installed; exits the process with a message when there is none. */
export function ensureBrowser() {
  let found;
  try {
    found = findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (found) return found;

  if (!canAptInstall()) {
    console.error(NO_BROWSER_HELP);
    process.exit(1);
  }
  console.log("Installing Debian's chromium for the end-to-end tests (about 1 minute)…");
  console.log(`  ${APT_GET} update && ${APT_GET} install -y chromium`);
  const ok = apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']);
  found = ok ? findChromium() : null;
  if (!found) {
    console.error(`apt-get could not install chromium.\n${NO_BROWSER_HELP}`);
    process.exit(1);
  }
  console.log(`Installed ${found.source}.`);
  return found;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = ensureBrowser();
  console.log(`Browser for the end-to-end tests: ${found.source}`);
}
