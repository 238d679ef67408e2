import type { JsonObject, JsonValue } from '../../../core/json/json-value';
import type { DecodedToken, TokenPart } from '../../../core/token/decoded-token';

/** The decoded header and payload when each is a JSON object; null otherwise (JWE payload, text, errors). */
export interface TokenClaims {
  header: JsonObject | null;
  payload: JsonObject | null;
}

function objectOf(part: TokenPart | undefined): JsonObject | null {
  if (!part?.decoding.ok || part.decoding.content.type !== 'json') return null;
  const value: JsonValue = part.decoding.content.value;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** Picks the JSON objects out of a decoded token, by reference: the same token gives the same objects. */
export function readTokenClaims(decoded: DecodedToken): TokenClaims {
  if (decoded.kind === 'empty') return { header: null, payload: null };
  const header = decoded.parts.find((part) => part.name === 'header');
  const payload = decoded.kind === 'jwe' ? undefined : decoded.parts.find((part) => part.name === 'payload');
  return { header: objectOf(header), payload: objectOf(payload) };
}
