import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/render-app';

describe('RootLayout skip link', () => {
  it.each([
    ['/', 'Decode a JSON Web Token'],
    ['/encode', 'Build and sign a JSON Web Token'],
  ])('on %s moves focus to the main content and stays on the view', async (path, heading) => {
    const { user } = await renderRoute(path);
    await screen.findByRole('heading', { level: 1, name: heading });
    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    // The click is cancelled, so the hash router never sees "#main" as a route.
    expect(fireEvent.click(skip)).toBe(false);
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });
});
