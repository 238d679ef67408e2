import { hmacSha256 } from '../../audit/hmac-sha2';
import { encodeBase64Url } from '../../encoding/base64url';
import { encodeSigningInput, joinJwsSegments, rewriteHeaderSegment, splitJwsSegments } from '../../token/jws-segments';
import type { ForgedToken } from './tamper-attack';

/**
 * Returns the token re-signed as HS256 with `keyBytes` as the HMAC secret: header `alg` set to
 * HS256, the payload as written. Any key length works, the empty key too (the pure-JS HMAC takes
 * what WebCrypto refuses), so it also makes the algorithm-confusion token from a public key's text.
 */
export function forgeHmacToken(token: string, keyBytes: Uint8Array): ForgedToken {
  const segments = splitJwsSegments(token);
  if (segments === null) return { ok: false, code: 'not-compact-jws' };
  const header = rewriteHeaderSegment(segments.header, { alg: 'HS256' });
  const signature = encodeBase64Url(hmacSha256(keyBytes, encodeSigningInput({ header, payload: segments.payload })));
  return { ok: true, token: joinJwsSegments({ header, payload: segments.payload, signature }) };
}
