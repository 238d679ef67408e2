import { succeed, type AttackParts } from './attack-parts';
import type { AttackResult, HostedKey } from './attack-result';
import { signWithFreshKey, type FreshKey } from './sign-with-fresh-key';

/** What the tester hosts at the URL: the JWK Set for `jku`; for `x5u` the public JWK to make the certificate from (none is made here). */
function hostedFor(member: 'jku' | 'x5u', key: FreshKey): HostedKey {
  return member === 'jku' ? { kind: 'jwks', text: JSON.stringify(key.jwks, null, 2) } : { kind: 'jwk', text: JSON.stringify(key.publicJwk, null, 2) };
}

/**
 * Returns the token signed with a fresh key pair, its header's `jku` or `x5u` (the attack kind)
 * pointing at `url` and its `kid` naming the key, plus what the tester hosts there. Fetches
 * nothing; does not check the URL (a tester may want a malformed one). Refuses an empty URL.
 * `reuse` is a key pair made earlier, kept so that what the tester hosts stays valid.
 */
export async function buildKeyUrlAttack(parts: AttackParts, member: 'jku' | 'x5u', url: string, reuse: FreshKey | null): Promise<AttackResult> {
  if (url.trim() === '') return { ok: false, error: { code: 'attack-input-missing', field: 'attack-input', params: { member } } };
  const signed = await signWithFreshKey(parts, (key) => ({ kid: key.kid, [member]: url }), reuse);
  if (!signed.ok) return signed;
  return succeed(member, 'default', signed.token, parts, { verifierKey: signed.key.publicPem, hosted: hostedFor(member, signed.key), signingKey: signed.key });
}
