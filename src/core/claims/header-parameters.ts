import { parameter, rfc } from './sources';

/** JOSE header parameters for JWS (RFC 7515 §4.1, RFC 7797), JWE (RFC 7516 §4.1) and JWA (RFC 7518 §4.6–4.8). */
export const HEADER_PARAMETERS = [
  parameter('alg', 'string', [rfc(7515, '4.1.1'), rfc(7516, '4.1.1')]),
  parameter('typ', 'string', [rfc(7515, '4.1.9'), rfc(7519, '5.1'), rfc(8725, '3.11')]),
  parameter('cty', 'string', [rfc(7515, '4.1.10'), rfc(7519, '5.2')]),
  parameter('kid', 'string', [rfc(7515, '4.1.4')]),
  parameter('jku', 'uri', [rfc(7515, '4.1.2')]),
  parameter('jwk', 'jwk', [rfc(7515, '4.1.3'), rfc(9449, '4.2')]),
  parameter('x5u', 'uri', [rfc(7515, '4.1.5')]),
  parameter('x5c', 'base64-array', [rfc(7515, '4.1.6')]),
  parameter('x5t', 'base64url', [rfc(7515, '4.1.7')]),
  parameter('x5t#S256', 'base64url', [rfc(7515, '4.1.8')]),
  parameter('crit', 'string-array', [rfc(7515, '4.1.11')]),
  parameter('b64', 'boolean', [rfc(7797, '3')]),
  parameter('enc', 'string', [rfc(7516, '4.1.2')]),
  parameter('zip', 'string', [rfc(7516, '4.1.3')]),
  parameter('epk', 'jwk', [rfc(7518, '4.6.1.1')]),
  parameter('apu', 'base64url', [rfc(7518, '4.6.1.2')]),
  parameter('apv', 'base64url', [rfc(7518, '4.6.1.3')]),
  parameter('iv', 'base64url', [rfc(7518, '4.7.1.1')]),
  parameter('tag', 'base64url', [rfc(7518, '4.7.1.2')]),
  parameter('p2s', 'base64url', [rfc(7518, '4.8.1.1')]),
  parameter('p2c', 'integer', [rfc(7518, '4.8.1.2')]),
] as const;
