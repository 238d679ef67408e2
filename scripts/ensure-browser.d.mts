import type { FoundChromium } from './find-chromium.mjs';

/** Returns the browser found or installed; exits the process with a message when there is none. */
export function ensureBrowser(): FoundChromium;
