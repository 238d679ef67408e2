import { lazy, Suspense } from 'react';
import { isHmacAlg } from '../../../core/audit/hmac-alg';
import type { SecretAuditResult } from '../../../core/audit/audit-hit';
import type { DecodedToken } from '../../../core/token/decoded-token';

// The panel, its worker pool and its texts load only once an HS256/384/512 token is on screen;
// the dictionary loads inside the audit workers. None of it is in the first-load bundle.
const SecretAuditChunk = lazy(() => import('./SecretAudit').then((module) => ({ default: module.SecretAudit })));

/** True for a JWS whose header names HS256, HS384 or HS512 (the last `alg`, as JSON.parse reads it). */
function isHmacToken(decoded: DecodedToken): boolean {
  if (decoded.kind !== 'jws') return false;
  const header = decoded.parts[0].decoding;
  if (!header.ok || header.content.type !== 'json') return false;
  const value = header.content.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isHmacAlg(value.alg);
}

/**
 * The weak-secret audit for HMAC-signed tokens; nothing for any other token. `onResult` receives
 * the audit's status and hit (the shape the findings consume) each time they change.
 */
export function LazySecretAudit({ decoded, onResult }: { decoded: DecodedToken; onResult?: (result: SecretAuditResult) => void }) {
  if (!isHmacToken(decoded)) return null;
  return (
    <Suspense fallback={null}>
      <SecretAuditChunk decoded={decoded} onResult={onResult} />
    </Suspense>
  );
}
