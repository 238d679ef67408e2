import type { ComponentProps } from 'react';
import type { ClaimsTable } from './ClaimsTable';
import { createModuleLoader, useLoadedModule } from './use-loaded-module';

// The table and the glossary behind it load on first use, outside the first-load bundle
// (docs/decisions/003's budget): they are needed only once a token with claims is on screen.
const claimsTable = createModuleLoader(() => import('./ClaimsTable'));

/** `ClaimsTable`, fetched on first render; nothing is shown for the moment it takes. */
export function LazyClaimsTable(props: ComponentProps<typeof ClaimsTable>) {
  const module = useLoadedModule(claimsTable);
  return module ? <module.ClaimsTable {...props} /> : null;
}
