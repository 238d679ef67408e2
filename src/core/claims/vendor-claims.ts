import type { SourceRef } from './glossary-entry';
import { claim, pattern, rfc } from './sources';

const ENTRA_ACCESS_TOKEN: SourceRef = {
  label: 'Microsoft Entra ID access token claims',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
};
const ENTRA_ID_TOKEN: SourceRef = {
  label: 'Microsoft Entra ID ID token claims',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference',
};
const COGNITO_ID_TOKEN: SourceRef = {
  label: 'Amazon Cognito ID token',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html',
};
const COGNITO_ACCESS_TOKEN: SourceRef = {
  label: 'Amazon Cognito access token',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html',
};
const KEYCLOAK_ADMIN: SourceRef = {
  label: 'Keycloak Server Administration Guide',
  url: 'https://www.keycloak.org/docs/latest/server_admin/index.html',
};
const AUTH0_CUSTOM_CLAIMS: SourceRef = {
  label: 'Auth0: create custom claims',
  url: 'https://auth0.com/docs/secure/tokens/json-web-tokens/create-custom-claims',
};
const AUTH0_ACCESS_TOKEN: SourceRef = {
  label: 'Auth0: access token profiles',
  url: 'https://auth0.com/docs/secure/tokens/access-tokens/access-token-profiles',
};
const AUTH0_RBAC: SourceRef = {
  label: 'Auth0: enable role-based access control for APIs',
  url: 'https://auth0.com/docs/get-started/apis/enable-role-based-access-control-for-apis',
};
const AUTH0_ORGANIZATIONS: SourceRef = {
  label: 'Auth0: work with tokens and Organizations',
  url: 'https://auth0.com/docs/manage-users/organizations/using-tokens',
};
const GOOGLE_ID_TOKEN: SourceRef = {
  label: "Google OpenID Connect: an ID token's payload",
  url: 'https://developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload',
};
const FIREBASE_ID_TOKEN: SourceRef = {
  label: 'Firebase: verify ID tokens',
  url: 'https://firebase.google.com/docs/auth/admin/verify-id-tokens',
};
const FIREBASE_CUSTOM_TOKEN: SourceRef = {
  label: 'Firebase: create custom tokens',
  url: 'https://firebase.google.com/docs/auth/admin/create-custom-tokens',
};


/** Microsoft Entra ID (Azure AD) access and ID token claims; `roles`, `groups` and `nonce` are shared with OAuth and OIDC. */
export const ENTRA_CLAIMS = [
  claim('oid', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('tid', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('upn', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('unique_name', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('wids', 'entra', 'string-array', [ENTRA_ACCESS_TOKEN]),
  claim('ver', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('appid', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('appidacr', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('azpacr', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('scp', 'entra', 'space-separated-string', [ENTRA_ACCESS_TOKEN]),
  claim('idp', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('idtyp', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('ipaddr', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('hasgroups', 'entra', 'boolean', [ENTRA_ACCESS_TOKEN]),
  claim('onprem_sid', 'entra', 'string', [ENTRA_ACCESS_TOKEN]),
  claim('login_hint', 'entra', 'string', [ENTRA_ID_TOKEN]),
  claim('aio', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('rh', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
  claim('uti', 'entra', 'string', [ENTRA_ACCESS_TOKEN, ENTRA_ID_TOKEN]),
] as const;

/** Amazon Cognito user pool ID and access token claims. */
export const COGNITO_CLAIMS = [
  claim('cognito:username', 'cognito', 'string', [COGNITO_ID_TOKEN]),
  claim('cognito:groups', 'cognito', 'string-array', [COGNITO_ID_TOKEN, COGNITO_ACCESS_TOKEN]),
  claim('cognito:roles', 'cognito', 'string-array', [COGNITO_ID_TOKEN]),
  claim('cognito:preferred_role', 'cognito', 'string', [COGNITO_ID_TOKEN]),
  claim('token_use', 'cognito', 'string', [COGNITO_ID_TOKEN, COGNITO_ACCESS_TOKEN]),
  claim('origin_jti', 'cognito', 'string', [COGNITO_ID_TOKEN, COGNITO_ACCESS_TOKEN]),
  claim('event_id', 'cognito', 'string', [COGNITO_ID_TOKEN, COGNITO_ACCESS_TOKEN]),
  claim('username', 'cognito', 'string', [COGNITO_ACCESS_TOKEN]),
  claim('version', 'cognito', 'integer', [COGNITO_ACCESS_TOKEN]),
  claim('identities', 'cognito', 'object', [COGNITO_ID_TOKEN]),
] as const;

/** Keycloak's own claims; it also emits the OIDC ones (`preferred_username`, `azp`, `sid`…). */
export const KEYCLOAK_CLAIMS = [
  claim('realm_access', 'keycloak', 'object', [KEYCLOAK_ADMIN]),
  claim('resource_access', 'keycloak', 'object', [KEYCLOAK_ADMIN]),
  claim('typ', 'keycloak', 'string', [KEYCLOAK_ADMIN]),
  claim('session_state', 'keycloak', 'string', [KEYCLOAK_ADMIN]),
  claim('allowed-origins', 'keycloak', 'string-array', [KEYCLOAK_ADMIN]),
] as const;

/** Auth0 claims beyond OIDC; its namespaced custom claims are matched by `NAMESPACED_CLAIM`. */
export const AUTH0_CLAIMS = [
  claim('permissions', 'auth0', 'string-array', [AUTH0_RBAC]),
  claim('gty', 'auth0', 'string', [AUTH0_ACCESS_TOKEN]),
  claim('org_id', 'auth0', 'string', [AUTH0_ORGANIZATIONS]),
  claim('org_name', 'auth0', 'string', [AUTH0_ORGANIZATIONS]),
] as const;

/** Google and Firebase Authentication claims beyond OIDC. */
export const GOOGLE_CLAIMS = [
  claim('hd', 'google', 'string', [GOOGLE_ID_TOKEN]),
  claim('firebase', 'firebase', 'object', [FIREBASE_ID_TOKEN]),
  claim('user_id', 'firebase', 'string', [FIREBASE_ID_TOKEN]),
  claim('uid', 'firebase', 'string', [FIREBASE_CUSTOM_TOKEN]),
  claim('claims', 'firebase', 'object', [FIREBASE_CUSTOM_TOKEN]),
] as const;

/** A claim named by a URI: a collision-resistant public claim name (RFC 7519 §4.2), as Auth0 namespaces custom claims. */
export const NAMESPACED_CLAIM = pattern('namespaced', 'auth0', /^(?:https?:\/\/\S+|urn:\S+)$/i, [rfc(7519, '4.2'), AUTH0_CUSTOM_CLAIMS]);

/** A Cognito custom user attribute, `custom:<name>`. */
export const COGNITO_CUSTOM_CLAIM = pattern('custom', 'cognito', /^custom:.+$/, [COGNITO_ID_TOKEN]);
