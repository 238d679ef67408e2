/**
 * UI preferences (language, theme, clock display) in localStorage. Only these named keys are ever
 * written: tokens and keys are never persisted (docs/decisions/005-no-persistence-of-secrets.md).
 * Storage may be disabled or full; a preference then simply is not remembered.
 */
export type PreferenceName = 'locale' | 'theme' | 'timeZone';

const PREFIX = 'jwt-inspector.';

export function readPreference(name: PreferenceName): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writePreference(name: PreferenceName, value: string): void {
  try {
    window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not remembered: private mode or storage disabled. The choice still applies to this page.
  }
}
