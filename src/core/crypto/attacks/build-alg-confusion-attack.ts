import { parseKeyInput } from '../../keys/parse-key-input';
import { assembleHmacToken, chooseHmacAlg, succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';
import { encodeUtf8 } from '../../encoding/utf8';

/**
 * Returns the token HMAC-signed with the public key's exact text (PEM, certificate, JWK or JWK
 * Set, every character as given) as the secret, `alg` the header's HS*, HS256 otherwise (RFC 8725
 * §2.1): a server that lets the token choose its algorithm accepts it with its own public key.
 * Refuses an empty key and anything that is not public-key material; tries no other forms of it.
 */
export function buildAlgConfusionAttack(parts: AttackParts, publicKeyText: string): AttackResult {
  if (publicKeyText.trim() === '') return { ok: false, error: { code: 'attack-key-missing', field: 'key', params: {} } };
  const parsed = parseKeyInput(publicKeyText);
  const format = parsed.ok ? parsed.key.format : parsed.format;
  const isPublic = parsed.ok && (parsed.key.kind === 'spki' || parsed.key.kind === 'certificate' || parsed.key.kind === 'jwks' || (parsed.key.kind === 'jwk' && !parsed.key.jwk.isPrivate && parsed.key.jwk.kty !== 'oct'));
  if (!isPublic) return { ok: false, error: { code: 'attack-key-not-public', field: 'key', params: { format } } };
  const token = assembleHmacToken({ ...parts.header, alg: chooseHmacAlg(parts.header) }, parts.payloadSegment, encodeUtf8(publicKeyText));
  return succeed('alg-confusion', 'default', token, parts, { verifierKey: publicKeyText });
}
