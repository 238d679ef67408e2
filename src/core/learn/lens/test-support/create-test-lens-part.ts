import { decodeToken } from '../../../token/decode-token';
import { createLensPart, type LensPart } from '../lens-part';

/** Test-only: the lens's view of a JWS payload (`{}` header, `c2ln` signature) whose JSON text is `payload`. */
export function createTestLensPart(payload: string, maxBytes?: number): LensPart {
  const decoded = decodeToken(`e30.${Buffer.from(payload, 'utf8').toString('base64url')}.c2ln`);
  if (decoded.kind !== 'jws') throw new Error(`not a JWS: ${decoded.kind}`);
  return createLensPart(decoded.parts[1], maxBytes);
}
