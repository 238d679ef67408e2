import type { ComponentProps } from 'react';
import type { HeaderParameters } from './HeaderParameters';
import { loadArea } from '../../../i18n/i18n';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';

// Shares its chunk (the glossary) with the claims table; see LazyClaimsTable.
// The glossary texts are their own catalogue area, loaded with the module (and for any later locale).
export const headerParametersCode = createModuleLoader(() => Promise.all([import('./HeaderParameters'), loadArea('glossary')]).then(([module]) => module));

/** `HeaderParameters`, fetched on first render; nothing is shown for the moment it takes. */
export function LazyHeaderParameters(props: ComponentProps<typeof HeaderParameters>) {
  const module = useLoadedModule(headerParametersCode);
  return module ? <module.HeaderParameters {...props} /> : null;
}
