import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { JsonObject } from '../../../core/json/json-value';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';
import { useDecoderStore } from '../page/decoder-store';

// The panel, its worker pool and its texts load only once an HS256/384/512 token is on screen;
// the dictionary loads inside the audit workers. None of it is in the first-load bundle.
const secretAudit = createModuleLoader(() => import('./SecretAudit'));

/**
 * The weak-secret audit for a JWS whose header names HS256, HS384 or HS512 (the last `alg`, as
 * JSON.parse reads it); nothing for any other token. Its result goes to the audit result store; a
 * found secret the user chooses to use goes to the key box.
 */
export function LazySecretAudit({ decoded, header }: { decoded: DecodedToken; header: JsonObject | null }) {
  const hmac = decoded.kind === 'jws' && header !== null && isHmacAlg(header.alg);
  const module = useLoadedModule(secretAudit, hmac);
  // Read here, in the main bundle, and handed down (as LazyFindingList does with its stores).
  const applyFoundSecret = useDecoderStore((state) => state.applyFoundSecret);
  if (!hmac || !module) return null;
  return <module.SecretAudit decoded={decoded} onUseSecret={applyFoundSecret} />;
}
