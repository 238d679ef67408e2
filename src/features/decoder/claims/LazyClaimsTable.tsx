import type { ComponentProps } from 'react';
import type { ClaimsTable } from './ClaimsTable';
import { loadArea } from '../../../i18n/i18n';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';

// The table and the glossary behind it load on first use, outside the first-load bundle
// (docs/decisions/003's budget): they are needed only once a token with claims is on screen.
// The glossary texts are their own catalogue area, loaded with the module (and for any later locale).
export const claimsTableCode = createModuleLoader(() => Promise.all([import('./ClaimsTable'), loadArea('glossary')]).then(([module]) => module));

/** `ClaimsTable`, fetched on first render; nothing is shown for the moment it takes. */
export function LazyClaimsTable(props: ComponentProps<typeof ClaimsTable>) {
  const module = useLoadedModule(claimsTableCode);
  return module ? <module.ClaimsTable {...props} /> : null;
}
