import { readPreference, writePreference } from '../platform/preferences';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function readThemeChoice(): ThemeChoice {
  const stored = readPreference('theme');
  return (THEME_CHOICES as readonly string[]).includes(stored ?? '') ? (stored as ThemeChoice) : 'system';
}

/** `system` leaves the choice to `prefers-color-scheme` in the stylesheet. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function chooseTheme(choice: ThemeChoice): void {
  applyTheme(choice);
  writePreference('theme', choice);
}
