import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
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

/**
 * Lets the frame that shows the decoded panes be "painted", so what follows it (validity, claims,
 * findings: `useValueAfterPaint`) renders: one animation frame and a task, or with fake timers the
 * time they take.
 */
export async function afterPaint() {
  await act(async () => {
    if (vi.isFakeTimers()) vi.advanceTimersByTime(50);
    else await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}
