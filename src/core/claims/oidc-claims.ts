import { claim, OIDC_CORE, openid, rfc } from './sources';

const ID_TOKEN = OIDC_CORE('2', 'IDToken');
const STANDARD = OIDC_CORE('5.1', 'StandardClaims');
const BACK_CHANNEL = openid('openid-connect-backchannel-1_0', 'OpenID Connect Back-Channel Logout 1.0', '2.4', 'LogoutToken');
const FRONT_CHANNEL = openid('openid-connect-frontchannel-1_0', 'OpenID Connect Front-Channel Logout 1.0', '3', 'ClaimsContents');

/** OpenID Connect: the ID token claims (Core §2, §3), the standard user claims (§5.1) and session claims. */
export const OIDC_CLAIMS = [
  claim('auth_time', 'oidc', 'numeric-date', [ID_TOKEN, rfc(9068, '2.2.1')]),
  claim('nonce', 'oidc', 'string', [ID_TOKEN, rfc(9449, '4.2')]),
  claim('acr', 'oidc', 'string', [ID_TOKEN, rfc(9068, '2.2.1')]),
  claim('amr', 'oidc', 'string-array', [ID_TOKEN, rfc(8176, '2'), rfc(9068, '2.2.1')]),
  claim('azp', 'oidc', 'string', [ID_TOKEN]),
  claim('at_hash', 'oidc', 'base64url', [OIDC_CORE('3.1.3.6', 'CodeIDToken')]),
  claim('c_hash', 'oidc', 'base64url', [OIDC_CORE('3.3.2.11', 'HybridIDToken')]),
  claim('sid', 'oidc', 'string', [FRONT_CHANNEL, BACK_CHANNEL]),
  claim('sub_jwk', 'oidc', 'jwk', [OIDC_CORE('7.4', 'SelfIssuedResponse')]),
  claim('name', 'oidc', 'string', [STANDARD]),
  claim('given_name', 'oidc', 'string', [STANDARD]),
  claim('family_name', 'oidc', 'string', [STANDARD]),
  claim('middle_name', 'oidc', 'string', [STANDARD]),
  claim('nickname', 'oidc', 'string', [STANDARD]),
  claim('preferred_username', 'oidc', 'string', [STANDARD]),
  claim('profile', 'oidc', 'uri', [STANDARD]),
  claim('picture', 'oidc', 'uri', [STANDARD]),
  claim('website', 'oidc', 'uri', [STANDARD]),
  claim('email', 'oidc', 'string', [STANDARD]),
  claim('email_verified', 'oidc', 'boolean', [STANDARD]),
  claim('gender', 'oidc', 'string', [STANDARD]),
  claim('birthdate', 'oidc', 'string', [STANDARD]),
  claim('zoneinfo', 'oidc', 'string', [STANDARD]),
  claim('locale', 'oidc', 'string', [STANDARD]),
  claim('phone_number', 'oidc', 'string', [STANDARD]),
  claim('phone_number_verified', 'oidc', 'boolean', [STANDARD]),
  claim('address', 'oidc', 'object', [OIDC_CORE('5.1.1', 'AddressClaim')]),
  claim('updated_at', 'oidc', 'numeric-date', [STANDARD]),
  claim('_claim_names', 'oidc', 'object', [OIDC_CORE('5.6.2', 'AggregatedDistributedClaims')]),
  claim('_claim_sources', 'oidc', 'object', [OIDC_CORE('5.6.2', 'AggregatedDistributedClaims')]),
] as const;
