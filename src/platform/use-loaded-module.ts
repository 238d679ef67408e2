import { useAsyncValue } from './use-async-value';

/** A module fetched on first use and kept: a second token renders it at once, with no empty frame. */
export interface ModuleLoader<Module> {
  peek: () => Module | null;
  load: () => Promise<Module>;
}

/** Wraps a dynamic `import()` so it runs once and its result can be read synchronously afterwards. */
export function createModuleLoader<Module>(importModule: () => Promise<Module>): ModuleLoader<Module> {
  let loaded: Module | null = null;
  let pending: Promise<Module> | null = null;
  return {
    peek: () => loaded,
    load: () => {
      pending ??= importModule().then((module) => (loaded = module));
      return pending;
    },
  };
}

/**
 * The module once loaded (fetched when first `wanted`), null until then; the app's one way of
 * loading code on demand. Not React.lazy: Suspense holds a revealed boundary back for a throttle
 * delay measured with timers, which a paused or throttled clock never lets pass.
 */
export function useLoadedModule<Module>(loader: ModuleLoader<Module>, wanted = true): Module | null {
  const peeked = loader.peek();
  const loaded = useAsyncValue(
    wanted && peeked === null
      ? // A chunk that fails to load (offline after a redeploy) leaves the panes without the table; the JSON is still there.
        () => loader.load().catch((): null => null)
      : null,
    [loader],
  );
  return peeked ?? (loaded.settled ? loaded.value : null);
}
