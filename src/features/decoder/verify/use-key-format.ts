import { useEffect, useMemo, useState } from 'react';
import type { KeyFormat } from '../../../core/keys/detect-key-format';
import { createModuleLoader } from '../../../platform/use-loaded-module';

// The key readers (PEM, DER, JWK) load with the first key typed, not with the page.
const detector = createModuleLoader(() => import('../../../core/keys/detect-key-format'));

/**
 * What the key text is (`none` when empty), or null for the moment the detector takes to load on
 * the first key typed.
 */
export function useKeyFormat(keyText: string): KeyFormat | null {
  const empty = keyText.trim() === '';
  const [module, setModule] = useState(detector.peek);
  useEffect(() => {
    if (empty || module) return;
    let current = true;
    void detector.load().then((loaded) => {
      if (current) setModule(loaded);
    });
    return () => {
      current = false;
    };
  }, [empty, module]);
  return useMemo(() => (empty ? 'none' : (module?.detectKeyFormat(keyText) ?? null)), [empty, module, keyText]);
}
