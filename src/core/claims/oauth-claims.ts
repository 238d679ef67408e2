import { claim, openid, rfc } from './sources';

const ENTRA_ACCESS_TOKEN = {
  label: 'Microsoft Entra ID access token claims',
  url: 'https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference',
};

/** OAuth 2.0: JWT access tokens (RFC 9068), token exchange (RFC 8693), proof of possession (RFC 7800), RAR (RFC 9396). */
export const OAUTH_CLAIMS = [
  claim('client_id', 'oauth', 'string', [rfc(8693, '4.3'), rfc(9068, '2.2')]),
  claim('scope', 'oauth', 'space-separated-string', [rfc(8693, '4.2'), rfc(9068, '2.2.3')]),
  claim('groups', 'oauth', 'string-array', [rfc(9068, '2.2.3.1'), rfc(7643, '4.1.2'), ENTRA_ACCESS_TOKEN]),
  claim('roles', 'oauth', 'string-array', [rfc(9068, '2.2.3.1'), rfc(7643, '4.1.2'), ENTRA_ACCESS_TOKEN]),
  claim('entitlements', 'oauth', 'string-array', [rfc(9068, '2.2.3.1'), rfc(7643, '4.1.2')]),
  claim('act', 'oauth', 'object', [rfc(8693, '4.1')]),
  claim('may_act', 'oauth', 'object', [rfc(8693, '4.4')]),
  claim('cnf', 'oauth', 'object', [rfc(7800, '3.1'), rfc(9449, '6.1'), rfc(8705, '3.1')]),
  claim('authorization_details', 'oauth', 'object', [rfc(9396, '9.1')]),
] as const;

const BACK_CHANNEL = openid('openid-connect-backchannel-1_0', 'OpenID Connect Back-Channel Logout 1.0', '2.4', 'LogoutToken');

/** Security Event Tokens (RFC 8417), which OpenID Connect back-channel logout tokens are. */
export const SECURITY_EVENT_CLAIMS = [
  claim('events', 'security-event', 'object', [rfc(8417, '2.2'), BACK_CHANNEL]),
  claim('txn', 'security-event', 'string', [rfc(8417, '2.2')]),
  claim('toe', 'security-event', 'numeric-date', [rfc(8417, '2.2')]),
] as const;

/** The claims of a DPoP proof JWT (RFC 9449 §4.2); `jti`, `iat` and `nonce` are shared with other sets. */
export const DPOP_CLAIMS = [
  claim('htm', 'dpop', 'string', [rfc(9449, '4.2')]),
  claim('htu', 'dpop', 'uri', [rfc(9449, '4.2')]),
  claim('ath', 'dpop', 'base64url', [rfc(9449, '4.2')]),
] as const;
