import type { KeyInfo } from '../keys/key-info';
import { readJwkBytes, type ParsedJwk } from '../keys/parse-jwk';
import { createFinding, type Finding, type RuleMeta } from './finding';
import type { RuleContext } from './rule-context';

/** One key the user gave (a JWKS gives several): what it is and, for a JWK, its usage members. */
export interface GivenKey {
  keyInfo: KeyInfo;
  jwk?: ParsedJwk;
  /** Index in a JWK Set. */
  memberIndex?: number;
}

/** Returns the keys in the key input that could be read (JWKS members one by one); [] without a readable key. */
export function listGivenKeys(context: RuleContext): GivenKey[] {
  const parsed = context.key?.parsed;
  if (parsed === undefined || !parsed.ok) return [];
  const key = parsed.key;
  switch (key.kind) {
    case 'secret':
      return [{ keyInfo: { type: 'oct', byteLength: key.bytes.length } }];
    case 'jwk':
      return [{ keyInfo: key.jwk.keyInfo, jwk: key.jwk }];
    case 'jwks':
      return key.jwks.members.flatMap((member) => (member.ok ? [{ keyInfo: member.jwk.keyInfo, jwk: member.jwk, memberIndex: member.index }] : []));
    default:
      return [{ keyInfo: key.keyInfo }];
  }
}

/**
 * Returns the findings of `judge` on the keys the token's `kid` selects from a JWK Set (every member
 * without a `kid`; the one key otherwise): one key's own finding, or for several keys one
 * `noFittingMember` finding of `meta` when none of them passes. [] when no key was given or selected.
 */
export function judgeSelectedKeys(context: RuleContext, meta: RuleMeta, params: Record<string, string>, judge: (key: GivenKey) => Finding | null): Finding[] {
  const parsed = context.key?.parsed;
  if (parsed === undefined || !parsed.ok) return [];
  const keys = listGivenKeys(context);
  const kid = context.header?.kid;
  const pool = parsed.key.kind === 'jwks' && typeof kid === 'string' ? keys.filter((key) => key.jwk?.kid === kid) : keys;
  const [first] = pool;
  if (first === undefined) return [];
  if (pool.length === 1) {
    const finding = judge(first);
    return finding === null ? [] : [finding];
  }
  if (pool.some((key) => judge(key) === null)) return [];
  return [createFinding(meta, 'noFittingMember', { ...params, members: pool.length }, [{ part: 'key', measure: { unit: 'keys', count: pool.length } }])];
}

/** Returns the HMAC key bytes the user gave: a secret, or an `oct` JWK's `k`; null otherwise. */
export function readGivenSecret(context: RuleContext): Uint8Array | null {
  const parsed = context.key?.parsed;
  if (parsed === undefined || !parsed.ok) return null;
  const key = parsed.key;
  if (key.kind === 'secret') return key.bytes;
  return key.kind === 'jwk' && key.jwk.kty === 'oct' ? readJwkBytes(key.jwk.jwk, 'k') : null;
}

/** The key-type word used in messages (camelCase: an ICU select value). */
export type KeyTypeWord = 'rsa' | 'rsaPss' | 'ec' | 'okp' | 'oct' | 'other';

/** Returns the key-type word of a KeyInfo. */
export function describeKeyType(keyInfo: KeyInfo): KeyTypeWord {
  return keyInfo.type === 'rsa-pss' ? 'rsaPss' : keyInfo.type;
}
