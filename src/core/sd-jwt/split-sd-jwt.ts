/** The `~`-separated pieces of an SD-JWT or SD-JWT+KB (RFC 9901 §4). */
export interface SdJwtPieces {
  /** The text before the first `~`. */
  issuerJwt: string;
  /** Each piece between the issuer-signed JWT and the last `~`, as sent (an empty one too), the first `MAX_DISCLOSURES` of them. */
  disclosures: string[];
  /** Pieces after the first `MAX_DISCLOSURES`: counted, not listed. */
  omittedDisclosures: number;
  /** The text after the last `~`; null when the text ends with `~` (no key binding). */
  keyBindingJwt: string | null;
  /** Everything up to and including the last `~`: what a key-binding JWT's `sd_hash` covers (RFC 9901 §4.3.1). */
  presentation: string;
}

/** Disclosures read at most: a paste of a million `~` costs a count, not a million rows. */
export const MAX_DISCLOSURES = 1000;

/** Returns whether a token's text is `~`-separated (an SD-JWT); does not check its pieces. */
export function isSdJwtText(text: string): boolean {
  return text.includes('~');
}

/**
 * Returns the issuer-signed JWT, the disclosures and the key-binding JWT of a `~`-separated text,
 * or null for a text without `~`; decodes nothing and checks no piece's form.
 */
export function splitSdJwt(text: string): SdJwtPieces | null {
  const first = text.indexOf('~');
  if (first < 0) return null;
  const last = text.lastIndexOf('~');
  const disclosures: string[] = [];
  let count = 0;
  for (let from = first + 1; from <= last; ) {
    const to = text.indexOf('~', from);
    if (disclosures.length < MAX_DISCLOSURES) disclosures.push(text.slice(from, to));
    count++;
    from = to + 1;
  }
  return {
    issuerJwt: text.slice(0, first),
    disclosures,
    omittedDisclosures: count - disclosures.length,
    keyBindingJwt: last === text.length - 1 ? null : text.slice(last + 1),
    presentation: text.slice(0, last + 1),
  };
}
