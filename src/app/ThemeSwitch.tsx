import { useId, useState } from 'react';
import { useT } from '../i18n/use-t';
import { chooseTheme, readThemeChoice, THEME_CHOICES, type ThemeChoice } from './theme';

const LABEL_KEYS = { system: 'settings.themeSystem', light: 'settings.themeLight', dark: 'settings.themeDark' } as const;

export function ThemeSwitch() {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  return (
    <label className="setting" htmlFor={id}>
      <span className="setting-label">{t('settings.theme')}</span>
      <select
        id={id}
        data-testid="theme-select"
        value={choice}
        onChange={(event) => {
          const next = event.target.value as ThemeChoice;
          setChoice(next);
          chooseTheme(next);
        }}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {t(LABEL_KEYS[value])}
          </option>
        ))}
      </select>
    </label>
  );
}
