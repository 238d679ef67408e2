import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../testing/render-app';

describe('AppRoutes', () => {
  it.each([
    ['/', 'Decode a JSON Web Token'],
    ['/encode', 'Build and sign a JSON Web Token'],
    ['/rules', 'Security rules'],
    ['/rules/alg-none', 'Unsigned token (alg “none”)'],
    ['/rules/no-such-rule', 'No such rule'],
    ['/learn', 'Learn'],
    ['/learn/structure', 'Learn'],
    ['/no-such-page', 'No such page'],
  ])('%s shows its view', async (path, heading) => {
    await renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('goes from one lazy page to another through the nav', async () => {
    const { user } = await renderRoute('/encode');
    expect(await screen.findByRole('heading', { level: 1, name: 'Build and sign a JSON Web Token' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Rules' }));
    expect(await screen.findByTestId('rules-index')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Build and sign a JSON Web Token' })).toBeNull();
  });
});
