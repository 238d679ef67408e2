import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url';
import { decodeUtf8Strict, encodeUtf8 } from '../encoding/utf8';

/** What a redacted claim's value becomes: the name stays, so the reader still sees the token's shape. */
export const REDACTED_VALUE = '(redacted)';

export type UnsignedTokenResult =
  | { ok: true; token: string }
  | { ok: false; error: { code: 'not-a-jws' } | { code: 'payload-not-json' } };

/** Returns the payload segment with every top-level claim value replaced by REDACTED_VALUE, or null when it is not a JSON object. */
function redactPayload(segment: string): string | null {
  const bytes = decodeBase64Url(segment);
  if (!bytes.ok) return null;
  const text = decodeUtf8Strict(bytes.bytes);
  if (!text.ok) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  // Object.fromEntries defines own properties, so a claim named `__proto__` stays a claim.
  const redacted = Object.fromEntries(Object.keys(value).map((name) => [name, REDACTED_VALUE]));
  return encodeBase64Url(encodeUtf8(JSON.stringify(redacted)));
}

/**
 * Returns `header.payload.` (the signature dropped, so the token cannot be replayed), with the
 * claim values replaced when `redact`; does not check the header or that the signature was valid.
 */
export function stripSignature(token: string, redact = false): UnsignedTokenResult {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] === '' || parts[1] === '') return { ok: false, error: { code: 'not-a-jws' } };
  const [header = '', payload = ''] = parts;
  if (!redact) return { ok: true, token: `${header}.${payload}.` };
  const redacted = redactPayload(payload);
  if (redacted === null) return { ok: false, error: { code: 'payload-not-json' } };
  return { ok: true, token: `${header}.${redacted}.` };
}
