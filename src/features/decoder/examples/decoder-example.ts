import type { KeyFormat } from '../../../core/keys/detect-key-format';
import type { SecretEncoding } from '../../../core/keys/decode-secret';

/** One entry of the examples menu: a token and the key that goes with it (or a deliberately wrong one). */
export interface DecoderExample {
  /** Stable id, also the message key suffix of its label (`examples.<id>`). */
  id: ExampleId;
  alg: string;
  keyFormat: KeyFormat;
  secretEncoding: SecretEncoding;
  token: string;
  key: string;
}

/**
 * The menu's entries, in order. The tokens and keys themselves load only when one is chosen (they are
 * random key material, which does not compress), so the first load stays small.
 */
export const EXAMPLE_IDS = [
  'hs256-utf8',
  'hs512-base64url',
  'rs256-spki',
  'rs384-pkcs1',
  'ps256-x509',
  'es256-jwk',
  'es384-jwks',
  'eddsa-spki',
  'es512-private-pasted',
  'es256k-jwk',
  'ed448-spki',
  'ml-dsa-44-jwk',
  'ml-dsa-65-jwk',
  'ml-dsa-87-jwk',
  'sd-jwt-kb',
  'rs256-wrong-key',
  'alg-confusion',
  'alg-none',
  'jwe-a128kw',
] as const;

export type ExampleId = (typeof EXAMPLE_IDS)[number];
