/** Where a name lives: a claim in the payload (JWT Claims Set) or a parameter in the JOSE header. */
export type ClaimLocation = 'payload' | 'header';

/** Which specification or vendor defines a name; the UI groups and labels entries by it. */
export type GlossaryFamily =
  | 'registered'
  | 'oidc'
  | 'oauth'
  | 'security-event'
  | 'dpop'
  | 'entra'
  | 'cognito'
  | 'keycloak'
  | 'auth0'
  | 'google'
  | 'firebase'
  | 'jose';

/** The shape a value is expected to have, as the defining document states it. */
export type ValueKind =
  | 'numeric-date'
  | 'string'
  | 'string-or-uri'
  | 'string-or-uri-array'
  | 'string-array'
  | 'space-separated-string'
  | 'uri'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'object'
  | 'jwk'
  | 'base64url'
  | 'base64-array';

/** A document section that defines a name, with a link a reader can follow. */
export interface SourceRef {
  /** A short citation, e.g. `RFC 7519 §4.1.4`. */
  label: string;
  url: string;
}

/**
 * One explained name. The texts are not here: `titleKey` (a few words) and `messageKey` (what it
 * means and how it is used) are i18n catalogue keys, so core stays free of language.
 */
export interface GlossaryEntry<Key extends string = string> {
  name: string;
  where: ClaimLocation;
  family: GlossaryFamily;
  /** The defining document first; later ones reuse or profile the same name. */
  sources: readonly [SourceRef, ...SourceRef[]];
  kind: ValueKind;
  titleKey: Key;
  messageKey: Key;
}

/** A family of names recognised by their form rather than listed one by one (Auth0 namespaces, `custom:`). */
export interface GlossaryPattern<Key extends string = string> extends GlossaryEntry<Key> {
  /** Tested against the whole name. */
  namePattern: RegExp;
}
