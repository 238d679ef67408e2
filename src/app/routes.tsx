import { Route, Routes } from 'react-router';
import { DecoderPage } from '../features/decoder/components/DecoderPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * The route table, shared by the hash router in the app and the memory router in tests.
 * Declarative routes, not a data router: we have no loaders or actions, and it keeps 17 KB gzip
 * out of the first load (docs/decisions/001-hash-routing.md).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route
          index
          element={
            <RouteErrorBoundary>
              <DecoderPage />
            </RouteErrorBoundary>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
