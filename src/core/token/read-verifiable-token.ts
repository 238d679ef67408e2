import type { DecodedToken } from './decoded-token';
import { readIssuerJwt } from './decode-token';

/** What the verifier is given for a token, or why the text as pasted is not handed over. */
export type VerifiableToken =
  | { ok: true; token: string; /** The text verified is the cleaned token, not what was pasted. */ cleaned: boolean }
  | { ok: false; reason: 'not-compact-as-pasted'; removedSpaces: number };

/**
 * Returns the compact text to verify, or null for nothing verifiable (empty input, JWE). Surrounding
 * whitespace, a `Bearer` prefix, quotes and line breaks are wrapping and are removed; a space inside
 * a segment is not (every strict verifier rejects it), so such a token is verified only when the
 * caller accepts the cleaned text. Of an SD-JWT, the issuer-signed JWT. Does not check the token's
 * structure (the verifier does).
 */
export function readVerifiableToken(decoded: DecodedToken, acceptCleaned: boolean): VerifiableToken | null {
  if (decoded.kind !== 'jws' && decoded.kind !== 'malformed') return null;
  const { removedInnerSpaces } = decoded.normalisation;
  const text = readIssuerJwt(decoded.normalisation.text);
  if (removedInnerSpaces === 0) return { ok: true, token: text, cleaned: false };
  if (acceptCleaned) return { ok: true, token: text, cleaned: true };
  return { ok: false, reason: 'not-compact-as-pasted', removedSpaces: removedInnerSpaces };
}
