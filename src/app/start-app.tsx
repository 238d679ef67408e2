import { HashRouter } from 'react-router';
import { activateLocale } from '../i18n/i18n';
import { pickInitialLocale } from '../i18n/locales';
import { readPreference } from '../platform/preferences';
import { AppRoutes } from './routes';
import { applyTheme, readThemeChoice } from './theme';

/** The whole app in a hash router: dist/ works from any sub-path of a static host, no rewrites. */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}

/** What must happen before the first paint, so the page never flashes the wrong language or theme. */
export async function prepareApp(): Promise<void> {
  applyTheme(readThemeChoice());
  const locale = pickInitialLocale(readPreference('locale'), navigator.languages);
  try {
    await activateLocale(locale);
    document.documentElement.lang = locale;
  } catch {
    await activateLocale('en');
  }
}
