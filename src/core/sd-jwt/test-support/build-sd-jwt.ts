// Test-only: SD-JWTs built with Node's own hash (independent of the app's SHA-2), unsigned: the
// rules and the matching read the disclosures, not the issuer's signature.
import { createHash } from 'node:crypto';
import type { JsonValue } from '../../json/json-value';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Returns a disclosure's base64url text: `[salt, name, value]`, or `[salt, value]` for an array element. */
export function disclose(...elements: JsonValue[]): string {
  return encode(elements);
}

/** Returns the base64url SHA-256 digest of a text as sent. */
export function sha256Digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Returns `<issuer JWT>~<disclosures>~` with a placeholder signature, and a key-binding JWT after it when given. */
export function buildSdJwt(payload: unknown, disclosures: readonly string[], keyBinding?: { header: unknown; payload: (presentation: string) => unknown }): string {
  const presentation = `${encode({ alg: 'ES256', typ: 'dc+sd-jwt' })}.${encode(payload)}.c2lnbmF0dXJl~${disclosures.map((text) => `${text}~`).join('')}`;
  if (!keyBinding) return presentation;
  return `${presentation}${encode(keyBinding.header)}.${encode(keyBinding.payload(presentation))}.c2lnbmF0dXJl`;
}
