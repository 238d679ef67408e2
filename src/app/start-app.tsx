import type { ComponentType } from 'react';
import { HashRouter } from 'react-router';
import { activateLocale } from '../i18n/i18n';
import { pickInitialLocale } from '../i18n/locales';
import { readPreference } from '../platform/preferences';
import { AppRoutes } from './routes';
import { applyTheme, readThemeChoice } from './theme';

/** What the address held (a share link, an OAuth fragment, a query token), read before the first render. */
let IncomingLinkNotice: ComponentType | null = null;

// A cheap look first, so the parsing is fetched only when the address may hold a token.
const MAY_HOLD_TOKEN = /^#(?!\/)|eyJ|token=/;

/** The whole app in a hash router: dist/ works from any sub-path of a static host, no rewrites. */
export function App() {
  return (
    <HashRouter>
      {IncomingLinkNotice && <IncomingLinkNotice />}
      <AppRoutes />
    </HashRouter>
  );
}

/** What must happen before the first paint, so the page never flashes the wrong language or theme. */
export async function prepareApp(): Promise<void> {
  applyTheme(readThemeChoice());
  const { hash, search } = window.location;
  if (MAY_HOLD_TOKEN.test(hash) || MAY_HOLD_TOKEN.test(search)) {
    try {
      IncomingLinkNotice = await (await import('./incoming-link')).readIncomingLink();
    } catch {
      // A chunk that fails to load leaves the page as it would be without the link.
    }
  }
  const locale = pickInitialLocale(readPreference('locale'), navigator.languages);
  try {
    await activateLocale(locale);
    document.documentElement.lang = locale;
  } catch {
    await activateLocale('en');
  }
}
