import { claim, rfc } from './sources';

/** The seven registered claim names of RFC 7519 §4.1, each with its section. */
export const REGISTERED_CLAIMS = [
  claim('iss', 'registered', 'string-or-uri', [rfc(7519, '4.1.1')]),
  claim('sub', 'registered', 'string-or-uri', [rfc(7519, '4.1.2')]),
  claim('aud', 'registered', 'string-or-uri-array', [rfc(7519, '4.1.3')]),
  claim('exp', 'registered', 'numeric-date', [rfc(7519, '4.1.4')]),
  claim('nbf', 'registered', 'numeric-date', [rfc(7519, '4.1.5')]),
  claim('iat', 'registered', 'numeric-date', [rfc(7519, '4.1.6')]),
  claim('jti', 'registered', 'string', [rfc(7519, '4.1.7')]),
] as const;
