import type { JsonObject } from '../../json/json-value';
import { generateKey, type GeneratedKey } from '../generate-key';
import { signToken } from '../sign-token';
import { chooseAlg, type AttackParts } from './attack-parts';
import type { AttackError } from './attack-result';

/** The algorithms a fresh key is made for when the header names one; RS256 otherwise, what most attacked servers expect. */
const FRESH_KEY_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;

/** A fresh key pair, as the attack shows or embeds it. */
export type FreshKey = Extract<GeneratedKey, { kind: 'key-pair' }>;

/** The token signed with the fresh key, and the key; or why not. */
export type FreshSigning = { ok: true; token: string; key: FreshKey } | { ok: false; error: AttackError };

async function makeKey(alg: string, reuse: FreshKey | null): Promise<{ ok: true; key: FreshKey } | { ok: false; error: AttackError }> {
  if (reuse?.alg === alg) return { ok: true, key: reuse };
  const generated = await generateKey(alg);
  if (!generated.ok) {
    const { code, params, cause } = generated.error;
    return { ok: false, error: code === 'alg-unsupported' ? { code, field: 'alg', params, cause } : { code: 'sign-failed', field: 'key', params, cause } };
  }
  return generated.key.kind === 'key-pair' ? { ok: true, key: generated.key } : { ok: false, error: { code: 'sign-failed', field: 'key', params: { alg } } };
}

/**
 * Returns the payload signed with a key pair made for the occasion (for the header's asymmetric
 * `alg`, RS256 otherwise), or with `reuse` when it was made for that alg, so a key the tester
 * already hosts keeps working while the payload changes. The header is the parts' header with
 * `members(key)` added; does not check what those members say.
 */
export async function signWithFreshKey(parts: AttackParts, members: (key: FreshKey) => JsonObject, reuse: FreshKey | null): Promise<FreshSigning> {
  const alg = chooseAlg(parts.header.alg, FRESH_KEY_ALGS, 'RS256');
  const made = await makeKey(alg, reuse);
  if (!made.ok) return made;
  const { key } = made;
  const header = { ...parts.header, alg, ...members(key) };
  const signed = await signToken({ headerJson: JSON.stringify(header), payloadJson: parts.payloadJson, alg, key: key.privatePem });
  return signed.ok ? { ok: true, token: signed.token, key } : signed;
}
