import { useId } from 'react';
import { activateLocale } from '../i18n/i18n';
import { isLocale, LOCALES } from '../i18n/locales';
import { useLocale, useT } from '../i18n/use-t';
import { writePreference } from '../platform/preferences';

/** Language names are written in their own language, so a user can find theirs whatever is shown. */
const NATIVE_NAMES = { en: 'English', ko: '한국어' } as const;

export function LanguageSelect() {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <label className="setting" htmlFor={id}>
      <span className="setting-label">{t('settings.language')}</span>
      <select
        id={id}
        data-testid="language-select"
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          writePreference('locale', next);
          void activateLocale(next).then(() => {
            document.documentElement.lang = next;
          });
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {NATIVE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
