import type { ValueKind } from '../../core/claims/glossary-entry';
import type { JsonValue } from '../../core/json/json-value';

/** The `exp` shortcuts: seconds from now, with the label key's suffix (`encoder.claims.exp.<id>`). */
export const EXPIRY_PRESETS: ReadonlyArray<{ id: 'm5' | 'm15' | 'h1' | 'd1'; seconds: number }> = [
  { id: 'm5', seconds: 5 * 60 },
  { id: 'm15', seconds: 15 * 60 },
  { id: 'h1', seconds: 60 * 60 },
  { id: 'd1', seconds: 24 * 60 * 60 },
];

/** Glossary claims offered by "Add a claim", most used first within each group. */
export const COMMON_CLAIMS: ReadonlyArray<{ group: 'registered' | 'oidc' | 'oauth'; names: readonly string[] }> = [
  { group: 'registered', names: ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'] },
  { group: 'oidc', names: ['name', 'given_name', 'family_name', 'preferred_username', 'email', 'email_verified', 'picture', 'locale', 'auth_time', 'nonce', 'azp', 'acr', 'amr', 'sid'] },
  { group: 'oauth', names: ['client_id', 'scope', 'roles', 'groups'] },
];

/** Example values that read as what they are; anything else gets an empty value of its kind. */
const EXAMPLES: ReadonlyMap<string, JsonValue> = new Map<string, JsonValue>(Object.entries({
  iss: 'https://issuer.example',
  sub: 'user-123',
  aud: 'https://api.example',
  name: 'Jane Doe',
  given_name: 'Jane',
  family_name: 'Doe',
  preferred_username: 'jane',
  email: 'jane@example.com',
  picture: 'https://example.com/jane.png',
  locale: 'en-GB',
  client_id: 'my-client',
  scope: 'openid profile email',
  roles: ['admin'],
  groups: ['staff'],
  amr: ['pwd'],
}));

/** The value "Add a claim" writes for a glossary claim: an example, or an empty value of its kind (dates are now). */
export function createClaimValue(name: string, kind: ValueKind, nowSeconds: number): JsonValue {
  const example = EXAMPLES.get(name);
  if (example !== undefined) return example;
  switch (kind) {
    case 'numeric-date':
      return nowSeconds;
    case 'string-or-uri-array':
    case 'string-array':
    case 'base64-array':
      return [];
    case 'boolean':
      return true;
    case 'number':
    case 'integer':
      return 0;
    case 'object':
    case 'jwk':
      return {};
    default:
      return '';
  }
}
