import { hashSha2, type HmacHash } from '../audit/hmac-sha2';
import { encodeBase64Url } from '../encoding/base64url';
import { ownMember, type JsonObject } from '../json/json-value';
import { encodeUtf8 } from '../encoding/utf8';

/** The `_sd_alg` values this app computes (IANA "Named Information Hash Algorithm" names). */
export type SdHashAlgName = 'sha-256' | 'sha-384' | 'sha-512';

/**
 * The digest algorithm of an SD-JWT: `stated: false` when `_sd_alg` is absent and sha-256 is
 * assumed (RFC 9901 §4.1.1); `name: null` when `_sd_alg` names one this app cannot compute (`written` says which).
 */
export type SdHashAlg = { name: SdHashAlgName; stated: boolean } | { name: null; stated: true; written: string };

const HASHES: Readonly<Record<SdHashAlgName, HmacHash>> = { 'sha-256': 'SHA-256', 'sha-384': 'SHA-384', 'sha-512': 'SHA-512' };

function isSdHashAlgName(value: unknown): value is SdHashAlgName {
  return typeof value === 'string' && Object.hasOwn(HASHES, value);
}

/** Returns the issuer payload's `_sd_alg` as an algorithm this app computes, sha-256 when absent; does not judge it. */
export function readSdHashAlg(payload: JsonObject | null): SdHashAlg {
  const stated = payload === null ? undefined : ownMember(payload, '_sd_alg');
  if (stated === undefined) return { name: 'sha-256', stated: false };
  if (isSdHashAlgName(stated)) return { name: stated, stated: true };
  return { name: null, stated: true, written: typeof stated === 'string' ? stated : JSON.stringify(stated) };
}

/** Returns the base64url digest of a text's ASCII/UTF-8 bytes as sent (RFC 9901 §4.2.3); synchronous, never throws. */
export function digestSdText(alg: SdHashAlgName, text: string): string {
  return encodeBase64Url(hashSha2(HASHES[alg], encodeUtf8(text)));
}
