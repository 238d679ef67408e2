// Listed apart from the glossary so the payload pane and the token diff know them without loading
// it; a test keeps the two equal.
/** The payload claim names the glossary defines as NumericDates; says nothing of what a token holds under them. */
export const TIME_CLAIM_NAMES = ['exp', 'nbf', 'iat', 'auth_time', 'updated_at', 'toe'] as const;

/** A payload claim defined as a NumericDate. */
export type TimeClaim = (typeof TIME_CLAIM_NAMES)[number];

const TIME_CLAIMS: ReadonlySet<string> = new Set(TIME_CLAIM_NAMES);

/** Returns whether a payload claim is defined as a NumericDate (`exp`, `nbf`, `iat`, `auth_time`…); does not look at a value. */
export function isTimeClaim(name: string): name is TimeClaim {
  return TIME_CLAIMS.has(name);
}
