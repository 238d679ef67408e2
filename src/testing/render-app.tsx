import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/routes';
import { activateLocale } from '../i18n/i18n';
import type { Locale } from '../i18n/locales';

/**
 * Renders the whole app at `path` in a memory router, in English unless told otherwise, and returns
 * a user-event instance bound to it (bulletproof-react's renderApp).
 */
export async function renderRoute(path = '/', { locale = 'en' }: { locale?: Locale } = {}) {
  await activateLocale(locale);
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return { user, ...view };
}
