import { encodeHex } from '../encoding/hex';
import type { AuditTarget } from './audit-target';
import type { HmacAlg } from './hmac-alg';
import { describeCandidate, type AuditEncoding, type AuditSource, type CandidateSet } from './candidates';
import type { FamousEntry } from './famous-secrets';
import { matchesHmac, type HmacHash } from './hmac-sha2';

export type { AuditEncoding, AuditSource } from './candidates';

/** The secret the audit found: the token's MAC recomputed with it equals the signature. */
export interface AuditHit {
  /** The wordlist entry as written (for a decoded form, the text before decoding). */
  secretText?: string;
  /** The key bytes actually used, in hex ('' for the empty secret). */
  secretHex: string;
  source: AuditSource;
  encoding: AuditEncoding;
  alg: HmacAlg;
  /** Where the secret is published (tier 0), or the wordlist's file name (tier 2). */
  origin?: string;
  /** A page or identifier to check a tier-0 origin. */
  reference?: string;
  /** The secret is the one of this tool's own example token (still public, but there to learn with). */
  ownExample?: true;
}

/** Where the audit stands: nothing to audit yet, under way, finished, stopped, or not possible for this token. */
export type AuditStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'unavailable';

/** The audit's state as the findings read it: its status and, once found, the secret; does not say how far it got. */
export interface AuditResult {
  status: AuditStatus;
  hit?: AuditHit;
}

/** The audit's progress and result, as the decoder view shows it; an AuditResult with how many candidates were checked. */
export interface SecretAuditResult extends AuditResult {
  checked: number;
  total: number;
}

/** True when HMAC(key, signing input) equals the signature: the full check behind a loop's match. */
export function confirmSecret(target: AuditTarget, key: Uint8Array, hash: HmacHash): boolean {
  return matchesHmac(hash, key, target.signingInput, target.signature);
}

/**
 * Describes candidate `index` of `set` as a hit after confirming it with the full pure-JS HMAC;
 * null when it does not confirm. `famous` gives tier 0's origins; `origin` names a user's file.
 */
export function describeHit(
  target: AuditTarget,
  hash: HmacHash,
  set: CandidateSet,
  index: number,
  context: { famous?: readonly FamousEntry[]; origin?: string } = {},
): AuditHit | null {
  const info = describeCandidate(set, index);
  if (!confirmSecret(target, info.key, hash)) return null;
  const famous = set.source === 'famous-defaults' ? context.famous?.find((entry) => entry.text === info.text)?.famous : undefined;
  const hit: AuditHit = { secretText: info.text, secretHex: encodeHex(info.key), source: set.source, encoding: info.encoding, alg: target.alg };
  if (famous) {
    hit.origin = famous.origin;
    if (famous.reference !== undefined) hit.reference = famous.reference;
    if (famous.ownExample) hit.ownExample = true;
  } else if (context.origin !== undefined) {
    hit.origin = context.origin;
  }
  return hit;
}
