export interface FoundChromium {
  /** undefined: let Playwright launch its own headless shell. */
  executablePath: string | undefined;
  /** Where it came from, for messages. */
  source: string;
}

export const CHROMIUM_ARGS: string[];
export const SYSTEM_CHROMIUMS: string[];
export const NO_BROWSER_HELP: string;
export function findChromium(env?: NodeJS.ProcessEnv): FoundChromium | null;
export function pickChromium(env?: NodeJS.ProcessEnv): FoundChromium;
export function installedExtraBrowsers(): Array<'firefox' | 'webkit'>;
