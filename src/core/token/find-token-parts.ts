import { isJsonObject, type JsonObject } from '../json/json-value';
import type { DecodedToken, TokenPart } from './decoded-token';

/** The header, payload and signature parts of a decoded token, where it has them. */
export interface TokenParts {
  header: TokenPart<'header'> | undefined;
  /** A JWS's (or a malformed token's second) part; a JWE has no readable payload. */
  payload: TokenPart<'payload'> | undefined;
  signature: TokenPart<'signature'> | undefined;
}

/** Returns the parts by role; does not look inside them. */
export function findTokenParts(decoded: DecodedToken): TokenParts {
  if (decoded.kind === 'empty') return { header: undefined, payload: undefined, signature: undefined };
  if (decoded.kind === 'jws') return { header: decoded.parts[0], payload: decoded.parts[1], signature: decoded.parts[2] };
  if (decoded.kind === 'jwe') return { header: decoded.parts[0], payload: undefined, signature: undefined };
  const parts: TokenPart[] = decoded.parts;
  return {
    header: parts.find((part): part is TokenPart<'header'> => part.name === 'header'),
    payload: parts.find((part): part is TokenPart<'payload'> => part.name === 'payload'),
    signature: parts.find((part): part is TokenPart<'signature'> => part.name === 'signature'),
  };
}

/** Returns the part's decoded JSON when it is an object; null for text, arrays, scalars and errors. */
export function readJsonObject(part: TokenPart | undefined): JsonObject | null {
  if (!part?.decoding.ok || part.decoding.content.type !== 'json') return null;
  const value = part.decoding.content.value;
  return isJsonObject(value) ? value : null;
}
