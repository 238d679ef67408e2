import { lazy, Suspense } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { DecoderPage } from '../features/decoder/page/DecoderPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

// The encoder (and jose with it) loads when its route is first opened, outside the first load.
const EncoderPage = lazy(() => import('../features/encoder/components/EncoderPage').then((module) => ({ default: module.EncoderPage })));
// The rule pages bring every rule's metadata; they load when first opened.
const RulesIndexPage = lazy(() => import('../features/rules/RulesIndexPage').then((module) => ({ default: module.RulesIndexPage })));
const RulePage = lazy(() => import('../features/rules/RulePage').then((module) => ({ default: module.RulePage })));

/** The rule page for the id in the path (read here, so the lazy page needs no router). */
function RuleRoute() {
  const { id = '' } = useParams();
  return <RulePage id={id} />;
}

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
        <Route
          path="encode"
          element={
            <RouteErrorBoundary>
              <Suspense fallback={<div className="encoder" aria-busy="true" />}>
                <EncoderPage />
              </Suspense>
            </RouteErrorBoundary>
          }
        />
        <Route
          path="rules"
          element={
            <RouteErrorBoundary>
              <Suspense fallback={<div className="rules-page" aria-busy="true" />}>
                <RulesIndexPage />
              </Suspense>
            </RouteErrorBoundary>
          }
        />
        <Route
          path="rules/:id"
          element={
            <RouteErrorBoundary>
              <Suspense fallback={<div className="rules-page" aria-busy="true" />}>
                <RuleRoute />
              </Suspense>
            </RouteErrorBoundary>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
