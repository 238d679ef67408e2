import type { ClaimLocation, GlossaryEntry, GlossaryPattern } from './glossary-entry';
import { HEADER_PARAMETERS } from './header-parameters';
import { DPOP_CLAIMS, OAUTH_CLAIMS, SECURITY_EVENT_CLAIMS } from './oauth-claims';
import { OIDC_CLAIMS } from './oidc-claims';
import { REGISTERED_CLAIMS } from './registered-claims';
import {
  AUTH0_CLAIMS,
  COGNITO_CLAIMS,
  COGNITO_CUSTOM_CLAIM,
  ENTRA_CLAIMS,
  GOOGLE_CLAIMS,
  KEYCLOAK_CLAIMS,
  NAMESPACED_CLAIM,
} from './vendor-claims';

const NAMED_ENTRIES = [
  ...REGISTERED_CLAIMS,
  ...OIDC_CLAIMS,
  ...OAUTH_CLAIMS,
  ...SECURITY_EVENT_CLAIMS,
  ...DPOP_CLAIMS,
  ...ENTRA_CLAIMS,
  ...COGNITO_CLAIMS,
  ...KEYCLOAK_CLAIMS,
  ...AUTH0_CLAIMS,
  ...GOOGLE_CLAIMS,
  ...HEADER_PARAMETERS,
] as const;

const PATTERN_ENTRIES = [NAMESPACED_CLAIM, COGNITO_CUSTOM_CLAIM] as const;

/** Every catalogue key the glossary refers to; the view's `t()` accepts these only if the English catalogue has them. */
export type GlossaryKey = (typeof NAMED_ENTRIES)[number]['titleKey' | 'messageKey'] | (typeof PATTERN_ENTRIES)[number]['titleKey' | 'messageKey'];

/** Every entry known by its exact name, payload claims and header parameters alike. */
export const GLOSSARY: readonly GlossaryEntry<GlossaryKey>[] = NAMED_ENTRIES;

/** Entries matched by the form of a name, tried after an exact match fails. */
export const GLOSSARY_PATTERNS: readonly GlossaryPattern<GlossaryKey>[] = PATTERN_ENTRIES;

/** How a name was recognised: by name, by its form (a URI, `custom:`), or not at all. */
export type GlossaryMatch =
  | { match: 'exact' | 'pattern'; entry: GlossaryEntry<GlossaryKey> }
  | { match: 'unknown' };

const byLocationAndName = new Map<string, GlossaryEntry<GlossaryKey>>(GLOSSARY.map((entry) => [lookupKey(entry.where, entry.name), entry]));

function lookupKey(where: ClaimLocation, name: string): string {
  return `${where}\u0000${name}`;
}

/** The glossary entry explaining `name` in the header or payload; names are case-sensitive (RFC 7519 §10.1.1). */
export function findGlossaryEntry(name: string, where: ClaimLocation): GlossaryMatch {
  const entry = byLocationAndName.get(lookupKey(where, name));
  if (entry) return { match: 'exact', entry };
  const pattern = GLOSSARY_PATTERNS.find((candidate) => candidate.where === where && candidate.namePattern.test(name));
  return pattern ? { match: 'pattern', entry: pattern } : { match: 'unknown' };
}
