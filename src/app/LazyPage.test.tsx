import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { createPageLoader, LazyPage, type PageProps } from './LazyPage';
import { RouteErrorBoundary } from './RouteErrorBoundary';

function renderAt(path: string, loader: ReturnType<typeof createPageLoader>) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route
          path="items/:id"
          element={
            <RouteErrorBoundary>
              <LazyPage loader={loader} fallbackClass="items-page" />
            </RouteErrorBoundary>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

describe('LazyPage', () => {
  beforeAll(() => activateLocale('en'));

  it('shows a busy box with the page class, then the page with the path parameters', async () => {
    const { container } = renderAt('/items/42', createPageLoader(() => Promise.resolve(({ params }: PageProps) => <h1>Item {params.id}</h1>)));
    expect(container.querySelector('.items-page')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('heading', { name: 'Item 42' })).toBeInTheDocument();
    expect(container.querySelector('.items-page')).toBeNull();
  });

  it('fetches the page once, and shows it at once the second time', async () => {
    const importPage = vi.fn(() => Promise.resolve(() => <h1>Loaded</h1>));
    const loader = createPageLoader(importPage);
    const first = renderAt('/items/1', loader);
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    first.unmount();
    renderAt('/items/2', loader);
    expect(screen.getByRole('heading', { name: 'Loaded' })).toBeInTheDocument();
    expect(importPage).toHaveBeenCalledTimes(1);
  });

  it('a page whose code cannot be fetched reaches the route error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/items/1', createPageLoader(() => Promise.reject(new Error('Failed to fetch dynamically imported module'))));
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module');
    vi.restoreAllMocks();
  });
});
