import type { ComponentType } from 'react';
import { useParams, type Params } from 'react-router';
import { createModuleLoader, useLoadedModule, type ModuleLoader } from '../platform/use-loaded-module';

/** What a routed page is given: the path's parameters, read here so a lazy page needs no router. */
export interface PageProps {
  params: Readonly<Params>;
}

/** A page's code, or why it could not be fetched. */
export type LoadedPage = { ok: true; Page: ComponentType<PageProps> } | { ok: false; error: unknown };

/** A page fetched when its route is first opened, and kept. */
export type PageLoader = ModuleLoader<LoadedPage>;

/**
 * A page loader for `importPage`. A failed fetch is kept as data (the module loader drops rejections),
 * so the page can throw it to the route's error boundary, as React.lazy would.
 */
export function createPageLoader(importPage: () => Promise<ComponentType<PageProps>>): PageLoader {
  return createModuleLoader(() =>
    importPage().then(
      (Page): LoadedPage => ({ ok: true, Page }),
      (error: unknown): LoadedPage => ({ ok: false, error }),
    ),
  );
}

/** The route's page once its code is here; until then an empty busy box with the page's class. */
export function LazyPage({ loader, fallbackClass }: { loader: PageLoader; fallbackClass: string }) {
  const params = useParams();
  const loaded = useLoadedModule(loader);
  if (loaded === null) return <div className={fallbackClass} aria-busy="true" />;
  if (!loaded.ok) throw loaded.error;
  return <loaded.Page params={params} />;
}
