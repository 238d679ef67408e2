import type { ComponentProps } from 'react';
import type { HeaderParameters } from './HeaderParameters';
import { createModuleLoader, useLoadedModule } from './use-loaded-module';

// Shares its chunk (the glossary) with the claims table; see LazyClaimsTable.
const headerParameters = createModuleLoader(() => import('./HeaderParameters'));

/** `HeaderParameters`, fetched on first render; nothing is shown for the moment it takes. */
export function LazyHeaderParameters(props: ComponentProps<typeof HeaderParameters>) {
  const module = useLoadedModule(headerParameters);
  return module ? <module.HeaderParameters {...props} /> : null;
}
