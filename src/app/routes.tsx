import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { useDecoderStore } from '../features/decoder/page/decoder-store';
import { DecoderPage } from '../features/decoder/page/DecoderPage';
import { createPageLoader, LazyPage, type PageLoader, type PageProps } from './LazyPage';
import { NotFoundPage } from './NotFoundPage';
import { RootLayout } from './RootLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/** One view: where it is, and either its element (in the first load) or its page loaded on first visit. */
type PageRoute = ({ index: true } | { path: string }) & ({ element: ReactNode } | { page: PageLoader; fallbackClass: string });

const PAGES: readonly PageRoute[] = [
  { index: true, element: <DecoderPage /> },
  // The encoder (and jose with it) loads when its route is first opened, outside the first load.
  { path: 'encode', page: createPageLoader(() => import('../features/encoder/components/EncoderPage').then((module) => module.EncoderPage)), fallbackClass: 'encoder' },
  // The rule pages bring every rule's metadata; they load when first opened.
  { path: 'rules', page: createPageLoader(() => import('../features/rules/RulesIndexPage').then((module) => module.RulesIndexPage)), fallbackClass: 'rules-page' },
  {
    path: 'rules/:id',
    page: createPageLoader(() =>
      import('../features/rules/RulePage').then(({ RulePage }) =>
        function RuleRoute({ params }: PageProps) {
          return <RulePage id={params.id ?? ''} />;
        },
      ),
    ),
    fallbackClass: 'rules-page',
  },
  {
    // `#/learn`, a lesson (`#/learn/structure`) or an anatomy anchor (`#/learn/payload/exp`); the
    // decoder's token and key are handed over in memory, never through the URL.
    path: 'learn/*',
    page: createPageLoader(() =>
      import('../features/learn/page/LearnPage').then(({ LearnPage }) =>
        function LearnRoute({ params }: PageProps) {
          const { tokenText, keyText, secretEncoding } = useDecoderStore.getState();
          return <LearnPage path={params['*'] ?? ''} decoderInputs={{ tokenText, keyText, secretEncoding }} />;
        },
      ),
    ),
    fallbackClass: 'learn',
  },
  // Two tokens compared; "Compare with…" in the decoder hands its token over in memory (DiffRoute).
  { path: 'diff', page: createPageLoader(() => import('./DiffRoute').then((module) => module.DiffRoute)), fallbackClass: 'diff-page' },
  { path: '*', element: <NotFoundPage /> },
];

function toRoute(route: PageRoute) {
  const key = 'index' in route ? '/' : route.path;
  // Keyed by route: two lazy pages at the same place in the tree must not share the loaded state.
  const page = 'element' in route ? route.element : <LazyPage key={key} loader={route.page} fallbackClass={route.fallbackClass} />;
  const element = <RouteErrorBoundary>{page}</RouteErrorBoundary>;
  return 'index' in route ? <Route key={key} index element={element} /> : <Route key={key} path={route.path} element={element} />;
}

/**
 * The route table, shared by the hash router in the app and the memory router in tests.
 * Declarative routes, not a data router: we have no loaders or actions, and it keeps 17 KB gzip
 * out of the first load (docs/decisions/001-hash-routing.md).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>{PAGES.map(toRoute)}</Route>
    </Routes>
  );
}
