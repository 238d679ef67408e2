import { useCatalogueArea } from '../../../i18n/use-t';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useDecryptionVerdict } from '../page/decoder-context';

// The plaintext's pane and the nested token's views load once a JWE is decrypted, outside the
// first-load bundle: most tokens pasted are not encrypted.
const plaintextPaneCode = createModuleLoader(() => import('./PlaintextPane'));

/** The JWE's plaintext once it is decrypted; nothing before (the verify panel says why). */
export function LazyPlaintextPane() {
  const verdict = useDecryptionVerdict();
  const decrypted = verdict?.state === 'decrypted' ? verdict : null;
  const texts = useCatalogueArea('jwe', decrypted !== null);
  const module = useLoadedModule(plaintextPaneCode, decrypted !== null);
  return decrypted && texts && module ? <module.PlaintextPane verdict={decrypted} /> : null;
}
