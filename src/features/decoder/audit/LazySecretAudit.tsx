import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { JsonObject } from '../../../core/json/json-value';
import type { DecodedToken } from '../../../core/token/decoded-token';
import { createModuleLoader, useLoadedModule } from '../../../platform/use-loaded-module';

// The panel, its worker pool and its texts load only once an HS256/384/512 token is on screen;
// the dictionary loads inside the audit workers. None of it is in the first-load bundle.
const secretAudit = createModuleLoader(() => import('./SecretAudit'));

/**
 * The weak-secret audit for a JWS whose header names HS256, HS384 or HS512 (the last `alg`, as
 * JSON.parse reads it); nothing for any other token. Its result goes to the audit result store.
 */
export function LazySecretAudit({ decoded, header }: { decoded: DecodedToken; header: JsonObject | null }) {
  const hmac = decoded.kind === 'jws' && header !== null && isHmacAlg(header.alg);
  const module = useLoadedModule(secretAudit, hmac);
  if (!hmac || !module) return null;
  return <module.SecretAudit decoded={decoded} />;
}
